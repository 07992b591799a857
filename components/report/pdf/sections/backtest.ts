import { formatList, formatMaybePercent, formatNumber } from "@/lib/i18n/format";
import type { MessageKey } from "@/lib/i18n/messages/en";
import { ALL_SLEEVES } from "@/lib/market/regions";
import { benchmarkName, sleeveName } from "@/components/proposal/labels";
import { trailingWindows, type TrailingWindow, type WindowStats } from "../../trailing-stats";
import { COLORS, type ReportContext } from "../context";
import { heading, paragraph, SIZES, subheading } from "../layout";
import { lineChart } from "../line-chart";
import { table } from "../table";

type Stat = { key: MessageKey; pick: (s: WindowStats) => number | null; ratio?: boolean };
const STATS: Stat[] = [
  { key: "proposal.stat.cagr", pick: (s) => s.cagr },
  { key: "proposal.stat.volatility", pick: (s) => s.volatility },
  { key: "proposal.stat.sharpe", pick: (s) => s.sharpe, ratio: true },
  { key: "proposal.stat.maxDrawdown", pick: (s) => s.maxDrawdown },
];
const SERIES: MessageKey[] = ["proposal.col.net", "proposal.col.gross", "proposal.col.benchmark"];

/** The back-test: its period and benchmark, the growth of 1, and the statistics over trailing windows. */
export function drawBacktest(ctx: ReportContext): void {
  const { t, locale, view } = ctx;
  const { backtest } = view;
  const { commonPeriod } = backtest;
  heading(ctx, t("proposal.backtest"));
  paragraph(ctx, t("proposal.backtestPeriod", {
    start: commonPeriod.start,
    end: commonPeriod.end,
    months: formatNumber(locale, commonPeriod.months),
    benchmark: benchmarkName(backtest.benchmark.current, t, locale),
  }));
  const truncatedBy = commonPeriod.truncatedBy.map((s) => {
    const sleeve = ALL_SLEEVES.find((id) => id === s.sleeve);
    return t("proposal.periodOf", { sleeve: sleeve ? sleeveName(sleeve, t) : s.sleeve, first: s.firstMonth, last: s.lastMonth });
  });
  if (truncatedBy.length > 0) paragraph(ctx, t("proposal.truncated", { list: formatList(locale, truncatedBy) }));
  subheading(ctx, view.synthetic ? `${t("proposal.wealth")} · ${t("common.synthetic")}` : t("proposal.wealth"));
  lineChart(ctx, backtest.months, [
    { name: t("proposal.series.net"), values: backtest.proposal.wealthNet, color: COLORS.net },
    { name: t("proposal.series.gross"), values: backtest.proposal.wealthGross, color: COLORS.gross, dash: true },
    { name: t("proposal.series.benchmark"), values: backtest.benchmark.wealth, color: COLORS.benchmark },
  ]);
  const windows = trailingWindows(backtest.months, [backtest.proposal.wealthNet, backtest.proposal.wealthGross, backtest.benchmark.wealth]);
  const last = windows[windows.length - 1];
  if (!last) return;
  subheading(ctx, t("report.trailingTitle"));
  statsTable(ctx, windows);
  paragraph(ctx, `${t("report.trailingNote", { start: last.start, end: last.end })} ${t("proposal.statsFormula")}`, { size: SIZES.small, color: COLORS.muted });
}

/** Rows: each statistic for net, gross and benchmark; columns: the windows, shortest first, then the full period. */
function statsTable({ doc, t, locale }: ReportContext, windows: readonly TrailingWindow[]): void {
  const show = (v: number | null, ratio = false) => (v === null || !Number.isFinite(v) ? "—" : ratio ? formatNumber(locale, v, 2) : formatMaybePercent(locale, v, 1));
  const windowName = (w: TrailingWindow) =>
    w.years === null ? t("report.window.full") : w.years === 1 ? t("report.window.one") : t("report.window.many", { years: w.years });
  const share = 0.56 / windows.length;
  const rows = STATS.flatMap((stat) =>
    SERIES.map((series, s) => [s === 0 ? t(stat.key) : "", t(series), ...windows.map((w) => show(stat.pick(w.series[s]!), stat.ratio))]),
  );
  table(
    doc,
    [
      { header: t("proposal.stat"), width: 0.22 },
      { header: t("report.series"), width: 0.22 },
      ...windows.map((w) => ({ header: windowName(w), width: share, align: "right" as const })),
    ],
    rows,
    { groupStarts: new Set(STATS.map((_, i) => i * SERIES.length).filter((r) => r > 0)) },
  );
}
