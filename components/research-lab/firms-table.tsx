import { DataTable, type Column } from "@/components/ui/data-table";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import type { DecileFirms, DecileFirmsTable } from "@/lib/research/decile-firms";

/** Firms and average size per decile at the period's first and last month. No hooks: server-rendered. */
export function FirmsTable({ t, locale, table }: { t: Translate; locale: Locale; table: DecileFirmsTable }) {
  const n = (v: number | null, digits: number) => (v === null ? "—" : formatNumber(locale, v, digits));
  const month = (m: string | null) => m ?? "—";
  const columns: Column<DecileFirms>[] = [
    { key: "name", header: t("researchLab.french.decile"), cell: (r) => t(`researchLab.decile.${r.name}`) },
    { key: "firmsFirst", header: t("researchLab.french.firmsAt", { month: month(table.first) }), numeric: true, cell: (r) => n(r.firmsFirst, 0) },
    { key: "firmsLast", header: t("researchLab.french.firmsAt", { month: month(table.last) }), numeric: true, cell: (r) => n(r.firmsLast, 0) },
    { key: "sizeFirst", header: t("researchLab.french.sizeAt", { month: month(table.first) }), numeric: true, cell: (r) => n(r.averageSizeFirst, 1) },
    { key: "sizeLast", header: t("researchLab.french.sizeAt", { month: month(table.last) }), numeric: true, cell: (r) => n(r.averageSizeLast, 1) },
  ];
  return <DataTable caption={t("researchLab.french.firmsTable")} columns={columns} rows={table.deciles} rowKey={(r) => r.name} testId="firms-table" />;
}
