"use client";

import { Card } from "@tremor/react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { formatMaybePercent, formatNumber } from "@/lib/i18n/format";
import type { MessageKey } from "@/lib/i18n/messages/en";
import type { SleeveStats } from "@/lib/backtest/sleeve-types";
import type { ProposalView } from "@/lib/services/proposal/view-model";

type Row = { key: MessageKey; pick: (s: SleeveStats) => number | null; ratio?: boolean };

const ROWS: Row[] = [
  { key: "proposal.stat.cagr", pick: (s) => s.cagr },
  { key: "proposal.stat.volatility", pick: (s) => s.volatility },
  { key: "proposal.stat.sharpe", pick: (s) => s.sharpe, ratio: true },
  { key: "proposal.stat.sortino", pick: (s) => s.sortino, ratio: true },
  { key: "proposal.stat.maxDrawdown", pick: (s) => s.maxDrawdown },
  { key: "proposal.stat.bestYear", pick: (s) => s.bestYear?.return ?? null },
  { key: "proposal.stat.worstYear", pick: (s) => s.worstYear?.return ?? null },
];

/** Net of fees and gross side by side, equally prominent, with the benchmark and relative figures. */
export function StatsTable({ stats, relative }: { stats: ProposalView["backtest"]["stats"]; relative: ProposalView["backtest"]["relative"] }) {
  const { t, locale } = useI18n();
  const show = (v: number | null | undefined, ratio = false) =>
    v === null || v === undefined || !Number.isFinite(v) ? "—" : ratio ? formatNumber(locale, v, 2) : formatMaybePercent(locale, v, 1);
  const columns = [stats.net, stats.gross, stats.benchmark];
  const relativeRows: [MessageKey, number | null | undefined, boolean][] = [
    ["proposal.stat.excessReturn", relative?.excessReturn, false],
    ["proposal.stat.trackingError", relative?.trackingError, false],
    ["proposal.stat.upCapture", relative?.upCapture, true],
    ["proposal.stat.downCapture", relative?.downCapture, true],
  ];
  return (
    <Card>
      <h2 className="font-medium">{t("proposal.stats")}</h2>
      <table className="mt-3 min-w-full text-sm" data-testid="stats-table">
        <thead className="text-left text-gray-600">
          <tr>
            <th className="py-1 font-medium">{t("proposal.stat")}</th>
            <th className="py-1 text-right font-medium">{t("proposal.col.net")}</th>
            <th className="py-1 text-right font-medium">{t("proposal.col.gross")}</th>
            <th className="py-1 text-right font-medium">{t("proposal.col.benchmark")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {ROWS.map((row) => (
            <tr key={row.key}>
              <td className="py-1">{t(row.key)}</td>
              {columns.map((s, i) => (
                <td key={i} className="py-1 text-right tabular-nums">{s ? show(row.pick(s), row.ratio) : "—"}</td>
              ))}
            </tr>
          ))}
          {relativeRows.map(([key, value, ratio]) => (
            <tr key={key}>
              <td className="py-1">{t(key)}</td>
              <td className="py-1 text-right tabular-nums">{show(value, ratio)}</td>
              <td className="py-1 text-right text-gray-400">—</td>
              <td className="py-1 text-right text-gray-400">—</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-3 text-xs text-gray-500">{t("proposal.statsFormula")}</p>
    </Card>
  );
}
