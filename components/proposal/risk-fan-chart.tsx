"use client";

import { LineChart } from "@/components/charts/lazy-charts";
import { useI18n } from "@/components/i18n/i18n-provider";
import { ChartFigure } from "@/components/charts/chart-figure";
import type { ChartRow } from "@/components/charts/chart-data-table";
import { formatCurrency, formatNumber } from "@/lib/i18n/format";
import type { MessageKey } from "@/lib/i18n/messages/en";
import type { PercentileBand } from "@/lib/risk";
import type { ProposalRisk } from "@/lib/services/proposal/risk-view";

const BANDS: { pick: keyof PercentileBand; key: MessageKey; color: string }[] = [
  { pick: "p95", key: "projection.p95", color: "sky" },
  { pick: "p75", key: "projection.p75", color: "blue" },
  { pick: "p50", key: "projection.p50", color: "indigo" },
  { pick: "p25", key: "projection.p25", color: "blue" },
  { pick: "p5", key: "projection.p5", color: "sky" },
];

/**
 * The fan of wealth percentiles per year (the start, then each year-end) with the benchmark's median; its
 * figures are also a table for screen readers, which cannot read the chart's lines.
 */
export function RiskFanChart({ risk }: { risk: ProposalRisk }) {
  const { t, locale } = useI18n();
  const { projection, currency } = risk;
  const benchmarkMedian = t("projection.benchmarkMedian");
  const money = (v: number) => formatCurrency(locale, v, currency);
  const start = Object.fromEntries(BANDS.map((b) => [t(b.key), projection.initialAmount]));
  const rows: ChartRow[] = [
    { year: formatNumber(locale, 0), ...start, ...(projection.benchmark ? { [benchmarkMedian]: projection.initialAmount } : {}) },
    ...projection.portfolio.years.map((y, i) => ({
      year: formatNumber(locale, y.year),
      ...Object.fromEntries(BANDS.map((b) => [t(b.key), y.wealth[b.pick]])),
      ...(projection.benchmark ? { [benchmarkMedian]: projection.benchmark.years[i]?.wealth.p50 } : {}),
    })),
  ];
  const categories = [...BANDS.map((b) => t(b.key)), ...(projection.benchmark ? [benchmarkMedian] : [])];
  const colors = [...BANDS.map((b) => b.color), ...(projection.benchmark ? ["gray"] : [])];
  return (
    <ChartFigure
      title={t("projection.fanTitle")}
      note={t("projection.fanCaption")}
      testId="risk-fan-chart"
      className="mt-2"
      data={{ index: "year", indexHeader: t("projection.year"), categories, rows, format: money }}
    >
      <LineChart className="mt-2 h-72" data={rows} index="year" categories={categories} colors={colors} valueFormatter={money} yAxisWidth={96} showAnimation={false} />
    </ChartFigure>
  );
}
