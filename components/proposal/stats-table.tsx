"use client";

import { Card } from "@tremor/react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { DataTable, type Column } from "@/components/ui/data-table";
import { formatMaybePercent, formatNumber } from "@/lib/i18n/format";
import type { MessageKey } from "@/lib/i18n/messages/en";
import type { SleeveStats } from "@/lib/backtest/sleeve-types";
import type { ProposalView } from "@/lib/services/proposal/view-model";

type Stat = { key: MessageKey; pick: (s: SleeveStats) => number | null; ratio?: boolean };

const STATS: Stat[] = [
  { key: "proposal.stat.cagr", pick: (s) => s.cagr },
  { key: "proposal.stat.volatility", pick: (s) => s.volatility },
  { key: "proposal.stat.sharpe", pick: (s) => s.sharpe, ratio: true },
  { key: "proposal.stat.sortino", pick: (s) => s.sortino, ratio: true },
  { key: "proposal.stat.maxDrawdown", pick: (s) => s.maxDrawdown },
  { key: "proposal.stat.bestYear", pick: (s) => s.bestYear?.return ?? null },
  { key: "proposal.stat.worstYear", pick: (s) => s.worstYear?.return ?? null },
];

/** One line of the table: a figure for net, gross and the benchmark; `undefined` where it has none (a relative figure). */
type Row = { key: MessageKey; values: readonly (number | null | undefined)[]; ratio: boolean; relative: boolean };

const COLUMNS = [
  { key: "net", header: "proposal.col.net" },
  { key: "gross", header: "proposal.col.gross" },
  { key: "benchmark", header: "proposal.col.benchmark" },
] as const;

/** Net of fees and gross side by side, equally prominent, with the benchmark and relative figures. */
export function StatsTable({ stats, relative }: { stats: ProposalView["backtest"]["stats"]; relative: ProposalView["backtest"]["relative"] }) {
  const { t, locale } = useI18n();
  const show = (v: number | null | undefined, ratio = false) =>
    v === null || v === undefined || !Number.isFinite(v) ? "—" : ratio ? formatNumber(locale, v, 2) : formatMaybePercent(locale, v, 1);
  const series = [stats.net, stats.gross, stats.benchmark];
  const relativeRow = (key: MessageKey, value: number | null | undefined, ratio: boolean): Row => ({ key, values: [value], ratio, relative: true });
  const rows: Row[] = [
    ...STATS.map((s) => ({ key: s.key, values: series.map((x) => (x ? s.pick(x) : null)), ratio: s.ratio ?? false, relative: false })),
    relativeRow("proposal.stat.excessReturn", relative?.excessReturn, false),
    relativeRow("proposal.stat.trackingError", relative?.trackingError, false),
    relativeRow("proposal.stat.upCapture", relative?.upCapture, true),
    relativeRow("proposal.stat.downCapture", relative?.downCapture, true),
  ];
  const columns: Column<Row>[] = [
    { key: "stat", header: t("proposal.stat"), cell: (r) => t(r.key) },
    ...COLUMNS.map((c, i): Column<Row> => ({
      key: c.key,
      header: t(c.header),
      cell: (r) => show(r.values[i], r.ratio),
      numeric: true,
      // A relative figure (against the benchmark) has one value, under net; the other columns are blank.
      cellAttributes: (r) => (r.relative && i > 0 ? { className: "text-gray-400" } : {}),
    })),
  ];
  return (
    <Card>
      <h2 className="font-medium">{t("proposal.stats")}</h2>
      <DataTable caption={t("proposal.stats")} columns={columns} rows={rows} rowKey={(r) => r.key} testId="stats-table" className="mt-3" />
      <p className="mt-3 text-xs text-gray-500">{t("proposal.statsFormula")}</p>
    </Card>
  );
}
