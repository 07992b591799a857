import { DataTable, type Column } from "@/components/ui/data-table";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import type { Metric } from "@/lib/metrics/types";
import type { GapColumn } from "@/lib/services/research/gap-compare";

type Row = { key: string; label: string; cells: string[] };
type SnapshotMetric = "top10Share" | "largestWeight" | "effectiveHoldings" | "herfindahl" | "unprofitableShareByCount" | "unprofitableShareByWeight" | "analystMean" | "analystMedian";
type ProxyMetric = "negativeShareByCount" | "negativeShareByWeight" | "noEstimateShareByCount" | "noEstimateShareByWeight" | "matchRate";

/** How each figure is shown: shares as percentages, the Herfindahl index to four places, counts as numbers. */
const SNAPSHOT_ROWS: readonly [SnapshotMetric, "percent" | "count" | "index"][] = [
  ["top10Share", "percent"],
  ["largestWeight", "percent"],
  ["effectiveHoldings", "count"],
  ["herfindahl", "index"],
  ["unprofitableShareByCount", "percent"],
  ["unprofitableShareByWeight", "percent"],
  ["analystMean", "count"],
  ["analystMedian", "count"],
];
const PROXY_ROWS: readonly ProxyMetric[] = ["negativeShareByCount", "negativeShareByWeight", "noEstimateShareByCount", "noEstimateShareByWeight", "matchRate"];

/** The compared snapshots' metrics, one column per snapshot. No hooks: server-rendered. */
export function GapTable({ t, locale, columns, headers }: { t: Translate; locale: Locale; columns: readonly GapColumn[]; headers: readonly string[] }) {
  const show = (value: number, how: "percent" | "count" | "index") =>
    how === "percent" ? formatPercent(locale, value, value < 0.1 ? 2 : 1) : formatNumber(locale, value, how === "index" ? 4 : 1);
  const metricCell = (m: Metric, how: "percent" | "count" | "index") => (m.status === "ok" ? show(m.value, how) : t(`researchLab.gap.na.${m.reason}`));
  const rows: Row[] = [
    { key: "constituents", label: t("researchLab.gap.constituents"), cells: columns.map((c) => formatNumber(locale, c.metrics.constituentCount)) },
    ...SNAPSHOT_ROWS.map(([key, how]): Row => ({ key, label: t(`researchLab.gap.m.${key}`), cells: columns.map((c) => metricCell(c.metrics[key], how)) })),
  ];
  if (columns.some((c) => c.proxies)) {
    for (const key of PROXY_ROWS) {
      rows.push({
        key,
        label: t(`researchLab.gap.p.${key}`),
        cells: columns.map((c) => {
          const v = c.proxies?.values[key];
          return v === null || v === undefined ? "—" : show(v, "percent");
        }),
      });
    }
  }
  const tableColumns: Column<Row>[] = [
    { key: "metric", header: t("researchLab.gap.metric"), cell: (r) => r.label },
    ...headers.map((h, i): Column<Row> => ({ key: `c${i}`, header: h, numeric: true, cell: (r) => r.cells[i] ?? "—" })),
  ];
  return <DataTable caption={t("researchLab.gap.table")} columns={tableColumns} rows={rows} rowKey={(r) => r.key} testId="gap-table" />;
}
