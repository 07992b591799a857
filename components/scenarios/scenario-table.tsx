"use client";

import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import { DataTable, type Column } from "@/components/ui/data-table";
import { formatDate } from "@/lib/i18n/format";
import type { ScenarioSummary } from "@/lib/db/scenarios";
import { StatusBadge } from "./status-badge";

const COMPARE_FORM = "compare-form";

/**
 * A page of scenarios. The check boxes belong to a separate GET form to /scenarios/compare (`form` attribute),
 * which sends each chosen scenario's latest version as a `v` parameter.
 */
export function ScenarioTable({ rows }: { rows: readonly ScenarioSummary[] }) {
  const { t, locale } = useI18n();
  const columns: Column<ScenarioSummary>[] = [
    {
      key: "select",
      header: <span className="sr-only">{t("scenarios.compareSelected")}</span>,
      cell: (s) => <input type="checkbox" name="v" value={`${s.id}:${s.latestVersion}`} form={COMPARE_FORM} aria-label={t("scenarios.compareThis", { name: s.name })} />,
    },
    { key: "name", header: t("field.name"), cell: (s) => <Link href={`/scenarios/${s.id}`} className="text-blue-700 hover:underline">{s.name}</Link> },
    { key: "client", header: t("scenarios.client"), cell: (s) => <Link href={`/clients/${s.clientId}`} className="hover:underline">{s.clientName}</Link> },
    { key: "status", header: t("scenarios.status"), cell: (s) => <StatusBadge status={s.status} label={t(`scenarios.status.${s.status}`)} /> },
    { key: "version", header: t("scenarios.latestVersion"), cell: (s) => t("scenarios.versionNumber", { version: s.latestVersion }) },
    { key: "updated", header: t("scenarios.updated"), cell: (s) => formatDate(locale, s.updatedAt, true), muted: true },
  ];
  return (
    <>
      <DataTable caption={t("scenarios.title")} columns={columns} rows={rows} rowKey={(s) => s.id} variant="panel" testId="scenario-table" />
      <form id={COMPARE_FORM} action="/scenarios/compare" method="get" className="mt-3">
        <button className="rounded-md border border-gray-300 bg-white px-4 py-2 text-sm">{t("scenarios.compareSelected")}</button>
      </form>
    </>
  );
}
