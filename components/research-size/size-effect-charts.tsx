"use client";

import { Card } from "@tremor/react";
import { BarChart, LineChart } from "@/components/charts/lazy-charts";
import { useI18n } from "@/components/i18n/i18n-provider";
import { ChartFigure } from "@/components/charts/chart-figure";
import type { ChartData, ChartRow } from "@/components/charts/chart-data-table";
import type { Weighting } from "@/lib/backtest/types";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import type { SizeEffectRow, SizeEffectRun } from "@/lib/services/research/size-effect";

type Props = {
  run: SizeEffectRun;
  /** The cost-free, unfiltered run, drawn beside `run` where it is set. */
  baseline: SizeEffectRun | null;
  /** Names of the buckets, in the order of the run's rows. */
  labels: readonly string[];
  weightings: readonly Weighting[];
  caption: string;
};

/**
 * The study's charts, each with its caption and its values as a table: CAGR and volatility by size with the
 * whole-market lines, return/risk by size, wealth per bucket, the top- and bottom-10% excess over the
 * cap-weighted market per window and cumulative, and holdings per bucket per window.
 */
export function SizeEffectCharts({ run, baseline, labels, weightings, caption }: Props) {
  const { t, locale } = useI18n();
  const pct = (v: number) => formatPercent(locale, v, 1);
  const ratio = (v: number) => formatNumber(locale, v, 2);
  const wName = (w: Weighting) => t(`researchSize.weighting.${w}`);
  const W = weightings.length;
  const bucketRow = (r: SizeEffectRun, b: number, w: number): SizeEffectRow | undefined => r.rows[b * W + w];
  const marketRow = (r: SizeEffectRun, weighting: Weighting) => r.rows.slice(labels.length * W).find((m) => m.weighting === weighting);
  const disclosure = t("chart.dataTable");
  const bySize = (categories: readonly string[], rows: readonly ChartRow[], format: (v: number) => string): ChartData => ({ index: "bucket", indexHeader: t("researchSize.col.bucket"), categories, rows, format });
  const byDate = (categories: readonly string[], rows: readonly ChartRow[], format: (v: number) => string): ChartData => ({ index: "date", indexHeader: t("researchSize.col.windowEnd"), categories, rows, format });

  // CAGR and volatility by size, with the market's as flat lines (a reference, as in the study's charts).
  const sizeCats: string[] = [];
  const sizeRows: ChartRow[] = labels.map((label, b) => {
    const row: ChartRow = { bucket: label };
    weightings.forEach((w, wi) => {
      const mine = bucketRow(run, b, wi);
      const market = marketRow(run, w);
      const cells: [string, number | null][] = [
        [t("researchSize.series.cagr", { weighting: wName(w) }), mine?.after.cagr ?? null],
        [t("researchSize.series.volatility", { weighting: wName(w) }), mine?.after.volatility ?? null],
        [t("researchSize.series.marketCagr", { weighting: wName(w) }), market?.after.cagr ?? null],
        [t("researchSize.series.marketVolatility", { weighting: wName(w) }), market?.after.volatility ?? null],
      ];
      if (baseline) cells.push([t("researchSize.series.baselineCagr", { weighting: wName(w) }), bucketRow(baseline, b, wi)?.after.cagr ?? null]);
      for (const [name, value] of cells) {
        row[name] = value;
        if (!sizeCats.includes(name)) sizeCats.push(name);
      }
    });
    return row;
  });

  const rrCats = weightings.map(wName);
  const rrRows: ChartRow[] = labels.map((label, b) => Object.fromEntries([["bucket", label], ...weightings.map((w, wi) => [wName(w), bucketRow(run, b, wi)?.after.returnRisk ?? null])]));

  // Wealth and holdings per bucket under the first chosen weighting (holdings are the same under every weighting).
  const first = weightings[0] ?? "cap";
  const wealthCats = [...labels, t("researchSize.market")];
  const wealthRows: ChartRow[] = run.windowEnds.map((date, i) =>
    Object.fromEntries([["date", date], ...labels.map((label, b) => [label, bucketRow(run, b, 0)?.wealth[i] ?? null]), [t("researchSize.market"), marketRow(run, first)?.wealth[i] ?? null]]),
  );
  const holdingRows: ChartRow[] = run.windowEnds.map((date, i) => Object.fromEntries([["date", date], ...labels.map((label, b) => [label, bucketRow(run, b, 0)?.holdings[i] ?? null])]));

  const extremes = run.extremes.find((e) => e.weighting === first);
  const [top, bottom] = [t("researchSize.series.top"), t("researchSize.series.bottom")];
  const excessRows: ChartRow[] = run.windowEnds.map((date, i) => ({ date, [top]: extremes?.topExcess[i] ?? null, [bottom]: extremes?.bottomExcess[i] ?? null }));
  const cumulativeRows: ChartRow[] = run.windowEnds.map((date, i) => ({ date, [top]: extremes?.topCumulative[i] ?? null, [bottom]: extremes?.bottomCumulative[i] ?? null }));
  const firstCaption = `${caption} · ${t("researchSize.chart.weightingNote", { weighting: wName(first) })}`;

  const count = (v: number) => formatNumber(locale, v, 0);

  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <Card>
        <ChartFigure testId="size-effect-chart-cagr" title={t("researchSize.chart.bySize")} heading="h2" note={caption} disclosure={disclosure} data={bySize(sizeCats, sizeRows, pct)}>
          <LineChart className="mt-3 h-72" data={sizeRows} index="bucket" categories={sizeCats} valueFormatter={pct} yAxisWidth={56} connectNulls />
        </ChartFigure>
      </Card>
      <Card>
        <ChartFigure testId="size-effect-chart-return-risk" title={t("researchSize.chart.returnRisk")} heading="h2" note={caption} disclosure={disclosure} data={bySize(rrCats, rrRows, ratio)}>
          <BarChart className="mt-3 h-72" data={rrRows} index="bucket" categories={rrCats} valueFormatter={ratio} yAxisWidth={48} />
        </ChartFigure>
      </Card>
      <Card>
        <ChartFigure testId="size-effect-chart-wealth" title={t("researchSize.chart.wealth")} heading="h2" note={firstCaption} disclosure={disclosure} data={byDate(wealthCats, wealthRows, ratio)}>
          <LineChart className="mt-3 h-72" data={wealthRows} index="date" categories={wealthCats} valueFormatter={ratio} yAxisWidth={56} connectNulls />
        </ChartFigure>
      </Card>
      <Card>
        <ChartFigure testId="size-effect-chart-holdings" title={t("researchSize.chart.holdings")} heading="h2" note={caption} disclosure={disclosure} data={byDate(labels, holdingRows, count)}>
          <LineChart className="mt-3 h-72" data={holdingRows} index="date" categories={[...labels]} valueFormatter={count} yAxisWidth={56} />
        </ChartFigure>
      </Card>
      <Card>
        <ChartFigure testId="size-effect-chart-excess" title={t("researchSize.chart.excess")} heading="h2" note={firstCaption} disclosure={disclosure} data={byDate([top, bottom], excessRows, pct)}>
          <BarChart className="mt-3 h-72" data={excessRows} index="date" categories={[top, bottom]} colors={["blue", "rose"]} valueFormatter={pct} yAxisWidth={56} />
        </ChartFigure>
      </Card>
      <Card>
        <ChartFigure testId="size-effect-chart-cumulative" title={t("researchSize.chart.cumulative")} heading="h2" note={firstCaption} disclosure={disclosure} data={byDate([top, bottom], cumulativeRows, pct)}>
          <LineChart className="mt-3 h-72" data={cumulativeRows} index="date" categories={[top, bottom]} colors={["blue", "rose"]} valueFormatter={pct} yAxisWidth={56} connectNulls />
        </ChartFigure>
      </Card>
    </div>
  );
}
