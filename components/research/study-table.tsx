"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { DataTable, type Column } from "@/components/ui/data-table";
import { formatMaybePercent, formatNumber } from "@/lib/i18n/format";
import type { SizeStudyView } from "@/lib/services/research/size-study";
import type { Weighting } from "@/lib/backtest/types";

type Figures = SizeStudyView["table"][number];

/** The study's two corrections, in the table's order: after (delisted stocks lose everything), then before. */
const MODES = [
  { mode: "total_loss", header: "research.after" },
  { mode: "last_available", header: "research.before" },
] as const;

/** The whole market, cap- and equal-weighted: CAGR, volatility and return/risk after and before the survivorship correction. */
export function StudyTable({ table }: { table: SizeStudyView["table"] }) {
  const { t, locale } = useI18n();
  const stats: { key: string; header: string; cell: (f: Figures | undefined) => string }[] = [
    { key: "cagr", header: t("proposal.stat.cagr"), cell: (f) => formatMaybePercent(locale, f?.cagr) },
    { key: "volatility", header: t("proposal.stat.volatility"), cell: (f) => formatMaybePercent(locale, f?.volatility) },
    { key: "returnRisk", header: t("research.returnRisk"), cell: (f) => (f?.returnRisk == null ? "—" : formatNumber(locale, f.returnRisk, 2)) },
  ];
  const columns: Column<Weighting>[] = [
    { key: "weighting", header: t("research.weighting"), cell: (w) => t(w === "cap" ? "research.cap" : "research.equal") },
    ...MODES.flatMap(({ mode }) =>
      stats.map((s): Column<Weighting> => ({
        key: `${mode}-${s.key}`,
        header: s.header,
        cell: (w) => s.cell(table.find((r) => r.weighting === w && r.mode === mode)),
        numeric: true,
      })),
    ),
  ];
  const groups = [
    { key: "weighting", header: "", span: 1 },
    ...MODES.map((m) => ({ key: m.mode, header: t(m.header), span: stats.length })),
  ];
  const weightings: readonly Weighting[] = ["cap", "equal"];
  return <DataTable caption={t("research.table")} columns={columns} groups={groups} rows={weightings} rowKey={(w) => w} testId="study-table" className="mt-3" />;
}
