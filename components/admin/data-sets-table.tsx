"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import { DataTable, type Column } from "@/components/ui/data-table";
import { ErrorMessage } from "@/components/ui/error-message";
import { secondaryButtonClass } from "@/components/ui/submit-button";
import { activateDatasetAction, deleteDatasetAction } from "@/lib/actions/admin/dataset-activation";
import type { ActionError } from "@/lib/actions/safe-action";
import { SYNTHETIC_LABEL } from "@/lib/data/synthetic/label";
import { formatDate, formatList, formatNumber } from "@/lib/i18n/format";
import type { DatasetOverview } from "@/lib/services/datasets/data-overview";
import { slotText } from "./slot-text";

/** The demo seed's sets are named from the catalog; imported sets keep the name and source they were stored with. */
const isGenerated = (d: DatasetOverview) => d.source === SYNTHETIC_LABEL;

const buttonClass = `${secondaryButtonClass} px-2 py-1 text-xs`;

/**
 * The firm's data sets (and the global ones): what each is, where it came from, when and by whom it was
 * imported, what it stands for in proposals, which saved scenarios were generated with it; activate, delete.
 */
export function DataSetsTable({ datasets }: { datasets: readonly DatasetOverview[] }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<ActionError | null>(null);
  const nameOf = (d: DatasetOverview) => (isGenerated(d) ? t(`admin.syntheticDataset.${d.kind}`) : d.name);
  const slotsText = (slots: readonly string[]) => formatList(locale, slots.map((s) => slotText(s, t)));

  async function activate(d: DatasetOverview) {
    setBusy(d.id);
    const result = await activateDatasetAction({ datasetId: d.id });
    setBusy(null);
    setError(result.ok ? null : result.error);
    if (!result.ok) return setNotice(null);
    setNotice(result.data.slots.length > 0 ? t("adminData.activated", { name: nameOf(d), slots: slotsText(result.data.slots) }) : t("adminData.activatedNone", { name: nameOf(d) }));
    router.refresh();
  }

  async function remove(d: DatasetOverview) {
    if (!window.confirm(t("adminData.deleteConfirm", { name: nameOf(d) }))) return;
    setBusy(d.id);
    const result = await deleteDatasetAction({ datasetId: d.id });
    setBusy(null);
    setError(result.ok ? null : result.error);
    if (!result.ok) return setNotice(null);
    const outcome = result.data;
    setNotice(
      outcome.deleted
        ? t("adminData.deleted", { name: nameOf(d) })
        : t("adminData.deleteRefused", { name: nameOf(d), scenarios: formatList(locale, outcome.usedBy.map((s) => s.name)) }),
    );
    router.refresh();
  }

  const columns: Column<DatasetOverview>[] = [
    {
      key: "name",
      header: t("field.name"),
      cell: (d) => (
        <>
          {nameOf(d)}
          {d.synthetic && <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-900">{t("common.synthetic")}</span>}
          {d.fileName && d.fileName !== d.name && <span className="block text-xs text-gray-500">{d.fileName}</span>}
        </>
      ),
    },
    { key: "kind", header: t("admin.kind"), cell: (d) => t(`admin.datasetKind.${d.kind}`) },
    { key: "source", header: t("admin.source"), cell: (d) => (isGenerated(d) ? t("admin.syntheticSource") : d.source), muted: true },
    {
      key: "vintage",
      header: t("admin.vintage"),
      cell: (d) => (d.asOf && d.asOf !== d.vintage ? t("adminData.vintageAsOf", { vintage: d.vintage, date: formatDate(locale, d.asOf) }) : d.asOf ? formatDate(locale, d.asOf) : d.vintage),
    },
    { key: "rows", header: t("adminData.col.rows"), cell: (d) => formatNumber(locale, d.rowCount), numeric: true },
    { key: "importedBy", header: t("adminData.col.importedBy"), cell: (d) => d.importedByName ?? t("adminData.commandLine"), muted: true },
    { key: "when", header: t("adminData.col.when"), cell: (d) => formatDate(locale, d.createdAt, true), muted: true },
    {
      key: "active",
      header: t("adminData.col.active"),
      cell: (d) => (d.slots.length === 0 ? <span className="text-gray-500">{t("adminData.noSlot")}</span> : d.activeSlots.length > 0 ? slotsText(d.activeSlots) : t("adminData.notActive")),
      cellAttributes: (d) => ({ "data-active": d.activeSlots.length > 0 }),
    },
    { key: "usedBy", header: t("adminData.col.usedBy"), cell: (d) => (d.usedBy.length > 0 ? formatList(locale, d.usedBy.map((s) => s.name)) : t("adminData.unused")), muted: true },
    {
      key: "actions",
      header: t("adminData.col.actions"),
      cell: (d) => (
        <span className="flex gap-2">
          {d.slots.length > 0 && (
            <button type="button" className={buttonClass} disabled={busy !== null} onClick={() => activate(d)} aria-label={t("adminData.activateLabel", { name: nameOf(d) })}>
              {t("adminData.activate")}
            </button>
          )}
          {d.deletable ? (
            <button type="button" className={buttonClass} disabled={busy !== null} onClick={() => remove(d)} aria-label={t("adminData.deleteLabel", { name: nameOf(d) })}>
              {t("adminData.delete")}
            </button>
          ) : (
            <span className="text-xs text-gray-500">{t("adminData.shared")}</span>
          )}
        </span>
      ),
    },
  ];
  return (
    <>
      {notice && (
        <p role="status" className="mb-3 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900" data-testid="datasets-notice">
          {notice}
        </p>
      )}
      {error && (
        <div className="mb-3">
          <ErrorMessage error={error} />
        </div>
      )}
      <DataTable caption={t("adminData.datasetsTitle")} columns={columns} rows={datasets} rowKey={(d) => d.id} rowAttributes={(d) => ({ "data-dataset": d.name })} testId="data-sets" />
    </>
  );
}
