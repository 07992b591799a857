"use client";

import { BarChart, Card, LineChart } from "@tremor/react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { ChartDataTable, type ChartRow } from "@/components/research-lab/chart-data-table";
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
  const table = { summary: t("researchLab.chart.dataTable"), indexHeader: t("researchSize.col.bucket") };

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
  const dated = { ...table, indexHeader: t("researchSize.col.windowEnd") };
  const firstCaption = `${caption} · ${t("researchSize.chart.weightingNote", { weighting: wName(first) })}`;

  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <Card data-testid="size-effect-chart-cagr">
        <h2 className="font-medium">{t("researchSize.chart.bySize")}</h2>
        <p className="text-xs text-gray-500">{caption}</p>
        <LineChart className="mt-3 h-72" data={sizeRows} index="bucket" categories={sizeCats} valueFormatter={pct} yAxisWidth={56} connectNulls />
        <ChartDataTable {...table} caption={t("researchSize.chart.bySize")} index="bucket" categories={sizeCats} rows={sizeRows} format={pct} />
      </Card>
      <Card data-testid="size-effect-chart-return-risk">
        <h2 className="font-medium">{t("researchSize.chart.returnRisk")}</h2>
        <p className="text-xs text-gray-500">{caption}</p>
        <BarChart className="mt-3 h-72" data={rrRows} index="bucket" categories={rrCats} valueFormatter={ratio} yAxisWidth={48} />
        <ChartDataTable {...table} caption={t("researchSize.chart.returnRisk")} index="bucket" categories={rrCats} rows={rrRows} format={ratio} />
      </Card>
      <Card data-testid="size-effect-chart-wealth">
        <h2 className="font-medium">{t("researchSize.chart.wealth")}</h2>
        <p className="text-xs text-gray-500">{firstCaption}</p>
        <LineChart className="mt-3 h-72" data={wealthRows} index="date" categories={wealthCats} valueFormatter={ratio} yAxisWidth={56} connectNulls />
        <ChartDataTable {...dated} caption={t("researchSize.chart.wealth")} index="date" categories={wealthCats} rows={wealthRows} format={ratio} />
      </Card>
      <Card data-testid="size-effect-chart-holdings">
        <h2 className="font-medium">{t("researchSize.chart.holdings")}</h2>
        <p className="text-xs text-gray-500">{caption}</p>
        <LineChart className="mt-3 h-72" data={holdingRows} index="date" categories={[...labels]} valueFormatter={(v) => formatNumber(locale, v, 0)} yAxisWidth={56} />
        <ChartDataTable {...dated} caption={t("researchSize.chart.holdings")} index="date" categories={labels} rows={holdingRows} format={(v) => formatNumber(locale, v, 0)} />
      </Card>
      <Card data-testid="size-effect-chart-excess">
        <h2 className="font-medium">{t("researchSize.chart.excess")}</h2>
        <p className="text-xs text-gray-500">{firstCaption}</p>
        <BarChart className="mt-3 h-72" data={excessRows} index="date" categories={[top, bottom]} colors={["blue", "rose"]} valueFormatter={pct} yAxisWidth={56} />
        <ChartDataTable {...dated} caption={t("researchSize.chart.excess")} index="date" categories={[top, bottom]} rows={excessRows} format={pct} />
      </Card>
      <Card data-testid="size-effect-chart-cumulative">
        <h2 className="font-medium">{t("researchSize.chart.cumulative")}</h2>
        <p className="text-xs text-gray-500">{firstCaption}</p>
        <LineChart className="mt-3 h-72" data={cumulativeRows} index="date" categories={[top, bottom]} colors={["blue", "rose"]} valueFormatter={pct} yAxisWidth={56} connectNulls />
        <ChartDataTable {...dated} caption={t("researchSize.chart.cumulative")} index="date" categories={[top, bottom]} rows={cumulativeRows} format={pct} />
      </Card>
    </div>
  );
}
