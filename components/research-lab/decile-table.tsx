import { DataTable, type Column } from "@/components/ui/data-table";
import type { Locale } from "@/lib/i18n/config";
import { formatMaybePercent, formatNumber } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import { DECILE_COLUMNS, DECILE_WEIGHTINGS, type DecileName } from "@/lib/research/decile-sections";
import type { DecileStat } from "@/lib/research/decile-stats";

type Row = { name: DecileName; value: DecileStat | undefined; equal: DecileStat | undefined };

/** CAGR, volatility and Sharpe per decile, value- and equal-weighted side by side. No hooks: server-rendered. */
export function DecileTable({ t, locale, deciles }: { t: Translate; locale: Locale; deciles: readonly DecileStat[] }) {
  const rows: Row[] = DECILE_COLUMNS.map((name) => ({
    name,
    value: deciles.find((d) => d.name === name && d.weighting === "value"),
    equal: deciles.find((d) => d.name === name && d.weighting === "equal"),
  }));
  const ratio = (v: number | null | undefined) => (v === null || v === undefined ? "—" : formatNumber(locale, v, 2));
  const columns: Column<Row>[] = [
    { key: "name", header: t("researchLab.french.decile"), cell: (r) => t(`researchLab.decile.${r.name}`) },
    ...DECILE_WEIGHTINGS.flatMap((w): Column<Row>[] => [
      { key: `${w}-cagr`, header: t("researchLab.col.cagr"), numeric: true, cell: (r) => formatMaybePercent(locale, r[w]?.cagr, 1) },
      { key: `${w}-vol`, header: t("researchLab.col.volatility"), numeric: true, cell: (r) => formatMaybePercent(locale, r[w]?.volatility, 1) },
      { key: `${w}-sharpe`, header: t("researchLab.col.sharpe"), numeric: true, cell: (r) => ratio(r[w]?.sharpe) },
    ]),
  ];
  const groups = [
    { key: "decile", header: "", span: 1 },
    ...DECILE_WEIGHTINGS.map((w) => ({ key: w, header: t(`researchLab.weighting.${w}`), span: 3 })),
  ];
  return <DataTable caption={t("researchLab.french.table")} columns={columns} rows={rows} rowKey={(r) => r.name} groups={groups} testId="decile-table" />;
}
