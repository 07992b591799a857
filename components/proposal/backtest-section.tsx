"use client";

import { Card } from "@tremor/react";
import { AreaChart, BarChart, LineChart } from "@/components/charts/lazy-charts";
import { ChartFigure } from "@/components/charts/chart-figure";
import type { ChartData, ChartRow } from "@/components/charts/chart-data-table";
import { atYearEnds } from "@/components/charts/chart-points";
import { useI18n } from "@/components/i18n/i18n-provider";
import { formatList, formatNumber, formatPercent } from "@/lib/i18n/format";
import { ALL_SLEEVES } from "@/lib/market/regions";
import type { ProposalView } from "@/lib/services/proposal/view-model";
import { benchmarkName, sleeveName } from "./labels";

/**
 * Wealth curves, drawdowns and calendar-year bars of the proposal against its benchmark. The monthly curves'
 * tables (for screen readers) hold the year ends: a row per month would be hundreds of rows to listen through.
 */
export function BacktestSection({ backtest }: { backtest: ProposalView["backtest"] }) {
  const { t, locale } = useI18n();
  const [net, gross, bench] = [t("proposal.series.net"), t("proposal.series.gross"), t("proposal.series.benchmark")];
  // wealth[0] is the start, before the first month.
  const labels = [t("proposal.chartStart"), ...backtest.months];
  const wealth: ChartRow[] = labels.map((month, i) => ({
    month,
    [net]: backtest.proposal.wealthNet[i],
    [gross]: backtest.proposal.wealthGross[i],
    [bench]: backtest.benchmark.wealth[i],
  }));
  const drawdown: ChartRow[] = labels.map((month, i) => ({ month, [net]: backtest.proposal.drawdown[i], [bench]: backtest.benchmark.drawdown[i] }));
  const yearly: ChartRow[] = backtest.yearly.map((y) => ({ year: y.partial ? `${y.year}*` : String(y.year), [net]: y.return, [bench]: y.benchmark }));
  const pct = (v: number) => formatPercent(locale, v, 1);
  const growth = (v: number) => formatNumber(locale, v, 2);
  const monthly = (rows: readonly ChartRow[], categories: readonly string[], format: (v: number) => string): ChartData => ({
    index: "month",
    indexHeader: t("chart.month"),
    note: t("chart.yearEnds"),
    categories,
    rows: atYearEnds(rows, (r) => String(r.month)),
    format,
  });
  const { commonPeriod } = backtest;
  const truncatedBy = commonPeriod.truncatedBy.map((s) => {
    const sleeve = ALL_SLEEVES.find((id) => id === s.sleeve);
    return t("proposal.periodOf", { sleeve: sleeve ? sleeveName(sleeve, t) : s.sleeve, first: s.firstMonth, last: s.lastMonth });
  });

  return (
    <Card>
      <h2 className="font-medium">{t("proposal.backtest")}</h2>
      <p className="mt-1 text-sm text-gray-600">
        {t("proposal.backtestPeriod", {
          start: commonPeriod.start,
          end: commonPeriod.end,
          months: formatNumber(locale, commonPeriod.months),
          benchmark: benchmarkName(backtest.benchmark.current, t, locale),
        })}
      </p>
      {truncatedBy.length > 0 && <p className="mt-1 text-sm text-amber-800">{t("proposal.truncated", { list: formatList(locale, truncatedBy) })}</p>}
      <ChartFigure title={t("proposal.wealth")} heading="h3" testId="wealth-chart" className="mt-4" data={monthly(wealth, [net, gross, bench], growth)}>
        <LineChart className="mt-2 h-72" data={wealth} index="month" categories={[net, gross, bench]} colors={["blue", "cyan", "gray"]} valueFormatter={growth} yAxisWidth={48} />
      </ChartFigure>
      <ChartFigure title={t("proposal.drawdown")} heading="h3" className="mt-6" data={monthly(drawdown, [net, bench], pct)}>
        <AreaChart className="mt-2 h-48" data={drawdown} index="month" categories={[net, bench]} colors={["rose", "gray"]} valueFormatter={pct} yAxisWidth={48} />
      </ChartFigure>
      <ChartFigure title={t("proposal.yearly")} heading="h3" className="mt-6" data={{ index: "year", indexHeader: t("chart.year"), categories: [net, bench], rows: yearly, format: pct }}>
        <BarChart className="mt-2 h-56" data={yearly} index="year" categories={[net, bench]} colors={["blue", "gray"]} valueFormatter={pct} yAxisWidth={48} />
      </ChartFigure>
    </Card>
  );
}
