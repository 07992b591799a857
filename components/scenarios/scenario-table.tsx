"use client";

import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
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
  return (
    <>
      <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
        <table className="min-w-full text-sm" data-testid="scenario-table">
          <thead className="bg-gray-50 text-left text-gray-600">
            <tr>
              <th className="px-4 py-2 font-medium"><span className="sr-only">{t("scenarios.compareSelected")}</span></th>
              <th className="px-4 py-2 font-medium">{t("field.name")}</th>
              <th className="px-4 py-2 font-medium">{t("scenarios.client")}</th>
              <th className="px-4 py-2 font-medium">{t("scenarios.status")}</th>
              <th className="px-4 py-2 font-medium">{t("scenarios.latestVersion")}</th>
              <th className="px-4 py-2 font-medium">{t("scenarios.updated")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {rows.map((s) => (
              <tr key={s.id}>
                <td className="px-4 py-2">
                  <input type="checkbox" name="v" value={`${s.id}:${s.latestVersion}`} form={COMPARE_FORM} aria-label={t("scenarios.compareThis", { name: s.name })} />
                </td>
                <td className="px-4 py-2"><Link href={`/scenarios/${s.id}`} className="text-blue-700 hover:underline">{s.name}</Link></td>
                <td className="px-4 py-2"><Link href={`/clients/${s.clientId}`} className="hover:underline">{s.clientName}</Link></td>
                <td className="px-4 py-2"><StatusBadge status={s.status} label={t(`scenarios.status.${s.status}`)} /></td>
                <td className="px-4 py-2">{t("scenarios.versionNumber", { version: s.latestVersion })}</td>
                <td className="px-4 py-2 text-gray-600">{formatDate(locale, s.updatedAt, true)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form id={COMPARE_FORM} action="/scenarios/compare" method="get" className="mt-3">
        <button className="rounded-md border border-gray-300 bg-white px-4 py-2 text-sm">{t("scenarios.compareSelected")}</button>
      </form>
    </>
  );
}
