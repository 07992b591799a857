"use client";

import { Card } from "@tremor/react";
import { BarChart, LineChart } from "@/components/charts/lazy-charts";
import { ChartFigure } from "@/components/charts/chart-figure";
import type { ChartRow } from "@/components/charts/chart-data-table";
import { yearEndIndices } from "@/components/charts/chart-points";
import { useI18n } from "@/components/i18n/i18n-provider";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import { DECILE_COLUMNS, DECILE_WEIGHTINGS, type DecileWeighting } from "@/lib/research/decile-sections";
import type { DecileStat } from "@/lib/research/decile-stats";
import type { SizeSpread } from "@/lib/research/decile-spread";

/**
 * The decile charts: CAGR by decile, the smallest against the largest decile (growth of 1, charted as log₁₀ of
 * wealth so a century of compounding stays readable; the axis shows wealth itself) and the rolling 10-year
 * spread. Each has its values as a table anyone can open below it.
 */
export function DecileCharts({ deciles, spread, caption }: { deciles: readonly DecileStat[]; spread: readonly SizeSpread[]; caption: string }) {
  const { t, locale } = useI18n();
  const weightingName = (w: DecileWeighting) => t(`researchLab.weighting.${w}`);
  const pct = (v: number) => formatPercent(locale, v, 1);
  const cagrRows: ChartRow[] = DECILE_COLUMNS.map((name) => {
    const row: ChartRow = { decile: t(`researchLab.decile.${name}`) };
    for (const w of DECILE_WEIGHTINGS) row[weightingName(w)] = deciles.find((d) => d.name === name && d.weighting === w)?.cagr ?? null;
    return row;
  });
  const weightings = DECILE_WEIGHTINGS.map(weightingName);

  const seriesName = (decile: "Lo 10" | "Hi 10", w: DecileWeighting) => t("researchLab.french.series", { decile: t(`researchLab.decile.${decile}`), weighting: weightingName(w) });
  const months = spread[0]?.points.map((p) => p.month) ?? [];
  const picks = yearEndIndices(months);
  const growthRows: ChartRow[] = picks.map((i) => {
    const row: ChartRow = { month: months[i] ?? "" };
    for (const s of spread) {
      const p = s.points[i];
      row[seriesName("Lo 10", s.weighting)] = p ? Math.log10(1 + p.smallCumulative) : null;
      row[seriesName("Hi 10", s.weighting)] = p ? Math.log10(1 + p.largeCumulative) : null;
    }
    return row;
  });
  const growthCats = spread.flatMap((s) => [seriesName("Lo 10", s.weighting), seriesName("Hi 10", s.weighting)]);
  const wealth = (log: number) => formatNumber(locale, 10 ** log, log < 1 ? 2 : 0);
  const spreadName = (w: DecileWeighting) => t("researchLab.french.spreadSeries", { weighting: weightingName(w) });
  const spreadRows: ChartRow[] = picks
    .filter((i) => spread.some((s) => s.points[i]?.spread10y !== null))
    .map((i) => Object.fromEntries([["month", months[i] ?? ""], ...spread.map((s) => [spreadName(s.weighting), s.points[i]?.spread10y ?? null])]));
  const spreadCats = spread.map((s) => spreadName(s.weighting));
  const disclosure = t("chart.dataTable");
  const monthly = { index: "month", indexHeader: t("chart.month"), note: t("chart.yearEnds") };

  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <Card>
        <ChartFigure
          title={t("researchLab.french.cagrChart")}
          heading="h2"
          note={caption}
          disclosure={disclosure}
          data={{ index: "decile", indexHeader: t("researchLab.french.decile"), categories: weightings, rows: cagrRows, format: pct }}
        >
          <BarChart className="mt-3 h-64" data={cagrRows} index="decile" categories={weightings} colors={["blue", "emerald"]} valueFormatter={pct} yAxisWidth={56} />
        </ChartFigure>
      </Card>
      <Card>
        <ChartFigure
          title={t("researchLab.french.cumulativeChart")}
          heading="h2"
          note={caption}
          disclosure={disclosure}
          data={{ ...monthly, categories: growthCats, rows: growthRows, format: wealth }}
        >
          <LineChart className="mt-3 h-64" data={growthRows} index="month" categories={growthCats} colors={["rose", "blue", "amber", "emerald"]} valueFormatter={wealth} yAxisWidth={72} connectNulls />
        </ChartFigure>
      </Card>
      <Card className="xl:col-span-2">
        <ChartFigure title={t("researchLab.french.spreadChart")} heading="h2" note={caption} disclosure={disclosure} data={{ ...monthly, categories: spreadCats, rows: spreadRows, format: pct }}>
          <LineChart className="mt-3 h-64" data={spreadRows} index="month" categories={spreadCats} colors={["blue", "emerald"]} valueFormatter={pct} yAxisWidth={56} />
        </ChartFigure>
      </Card>
    </div>
  );
}
