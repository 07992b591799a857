"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { DataTable, type Column } from "@/components/ui/data-table";
import { formatDate } from "@/lib/i18n/format";
import { SYNTHETIC_LABEL } from "@/lib/data/synthetic/label";
import type { DatasetMeta } from "@/lib/db/datasets";

/**
 * A set the app generated entirely (the demo seed) is named from the catalog, in the reader's language; an
 * imported set, even one mixed with synthetic sleeves, keeps the name and source it was stored with.
 */
const isGenerated = (d: DatasetMeta) => d.source === SYNTHETIC_LABEL;

/** The firm's data sets (and the global ones): what they are, where they came from and when they were loaded. */
export function DatasetsTable({ datasets }: { datasets: readonly DatasetMeta[] }) {
  const { t, locale } = useI18n();
  const columns: Column<DatasetMeta>[] = [
    {
      key: "name",
      header: t("field.name"),
      cell: (d) => (
        <>
          {isGenerated(d) ? t(`admin.syntheticDataset.${d.kind}`) : d.name}
          {d.synthetic && <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-900">{t("common.synthetic")}</span>}
        </>
      ),
    },
    { key: "kind", header: t("admin.kind"), cell: (d) => t(`admin.datasetKind.${d.kind}`) },
    { key: "source", header: t("admin.source"), cell: (d) => (isGenerated(d) ? t("admin.syntheticSource") : d.source), muted: true },
    { key: "vintage", header: t("admin.vintage"), cell: (d) => `${d.vintage}${d.asOf ? ` · ${formatDate(locale, d.asOf)}` : ""}` },
    { key: "loaded", header: t("admin.loaded"), cell: (d) => formatDate(locale, d.createdAt, true), muted: true },
  ];
  return <DataTable caption={t("admin.datasets")} columns={columns} rows={datasets} rowKey={(d) => d.id} testId="datasets" />;
}
