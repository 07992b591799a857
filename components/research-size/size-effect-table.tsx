import { DataTable, type Column } from "@/components/ui/data-table";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import type { SeriesFigures, SizeEffectRow, SizeEffectRun } from "@/lib/services/research/size-effect";
import { bucketText } from "./bucket-text";

/**
 * The study's table: each bucket and the whole market under each weighting, CAGR, volatility, Sharpe and
 * return/risk after the survivorship correction and before it. No hooks: a server page renders it.
 */
export function SizeEffectTable({ t, locale, run, caption, testId }: { t: Translate; locale: Locale; run: SizeEffectRun; caption: string; testId: string }) {
  const percent = (v: number | null) => (v === null ? "—" : formatPercent(locale, v, 1));
  const ratio = (v: number | null) => (v === null ? "—" : formatNumber(locale, v, 2));
  const figures = (side: "after" | "before"): Column<SizeEffectRow>[] => {
    const get = (r: SizeEffectRow): SeriesFigures => r[side];
    return [
      { key: `${side}-cagr`, header: t("researchSize.col.cagr"), numeric: true, cell: (r) => percent(get(r).cagr) },
      { key: `${side}-vol`, header: t("researchSize.col.volatility"), numeric: true, cell: (r) => percent(get(r).volatility) },
      { key: `${side}-sharpe`, header: t("researchSize.col.sharpe"), numeric: true, cell: (r) => ratio(get(r).sharpe) },
      { key: `${side}-rr`, header: t("researchSize.col.returnRisk"), numeric: true, cell: (r) => ratio(get(r).returnRisk) },
    ];
  };
  const average = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  const columns: Column<SizeEffectRow>[] = [
    { key: "bucket", header: t("researchSize.col.bucket"), cell: (r) => bucketText(t, r.bucket) },
    { key: "weighting", header: t("researchSize.col.weighting"), cell: (r) => t(`researchSize.weighting.${r.weighting}`) },
    { key: "holdings", header: t("researchSize.col.holdings"), numeric: true, cell: (r) => formatNumber(locale, average(r.holdings), 0) },
    ...figures("after"),
    ...figures("before"),
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={run.rows}
      rowKey={(r) => `${r.bucket ? JSON.stringify(r.bucket) : "market"}-${r.weighting}`}
      rowAttributes={(r) => (r.bucket === null ? { className: "font-medium bg-gray-50" } : {})}
      groups={[
        { key: "series", header: "", span: 3 },
        { key: "after", header: t("researchSize.col.after"), span: 4 },
        { key: "before", header: t("researchSize.col.before"), span: 4 },
      ]}
      testId={testId}
    />
  );
}
