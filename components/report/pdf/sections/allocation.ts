import { formatCurrency, formatNumber, formatPercent } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import type { ProposalView } from "@/lib/services/proposal/view-model";
import { lineLabel, sleeveName } from "@/components/proposal/labels";
import { sleeveSourceText } from "@/components/proposal/provenance-text";
import { roundedLines } from "../../lines";
import { allocationChart, legend, type AllocationBar } from "../allocation-chart";
import { COLORS, type ReportContext } from "../context";
import { heading, keyValues, paragraph, SIZES, subheading } from "../layout";
import { table } from "../table";

type Line = ProposalView["allocation"]["lines"][number];

/** The allocation: a bar per sleeve, the table of lines with amounts and fees, and the assumptions. */
export function drawAllocation(ctx: ReportContext): void {
  const { doc, t, locale, view } = ctx;
  const lines = roundedLines(view, 1);
  const currency = view.client.currency;
  heading(ctx, t("proposal.allocation"));
  paragraph(ctx, t("report.allocationChart"), { size: SIZES.small, color: COLORS.muted });
  allocationChart(ctx, barsOf(lines.map((l) => l.line), t));
  legend(ctx, [
    [t("proposal.style.active"), COLORS.active],
    [t("proposal.style.passive"), COLORS.passive],
    [`${t("proposal.bonds")} · ${t("proposal.cash")}`, COLORS.other],
  ]);
  const totalAmount = lines.reduce((sum, l) => sum + l.amount, 0);
  // Versions saved before real data have no provenance: their table keeps its four columns.
  const withSource = lines.some((l) => l.line.provenance);
  const source = (line: Line) => (withSource ? [sleeveSourceText(line.provenance, t)] : []);
  // Weights and amounts as rounded for print (lines.ts), so each column adds up to its total line.
  const rows = [
    ...lines.map(({ line, weight, amount }) => [lineLabel(line, t), formatPercent(locale, weight, 1), formatCurrency(locale, amount, currency), formatNumber(locale, line.feeBps, 0), ...source(line)]),
    [t("report.total"), formatPercent(locale, 1, 1), formatCurrency(locale, totalAmount, currency), formatNumber(locale, view.allocation.expectedFeeBps, 1), ...(withSource ? [""] : [])],
  ];
  doc.moveDown(0.5);
  const w = withSource ? [0.27, 0.1, 0.19, 0.09, 0.35] : [0.46, 0.14, 0.24, 0.16];
  table(
    doc,
    [
      { header: t("proposal.sleeve"), width: w[0]! },
      { header: t("proposal.weight"), width: w[1]!, align: "right" },
      { header: t("report.amountIn", { currency }), width: w[2]!, align: "right" },
      { header: t("proposal.fee"), width: w[3]!, align: "right" },
      ...(withSource ? [{ header: t("provenance.column"), width: w[4]! }] : []),
    ],
    rows,
    { size: withSource ? SIZES.small : SIZES.body - 0.5, bold: new Set([rows.length - 1]) },
  );
  subheading(ctx, t("proposal.assumptions"));
  keyValues(ctx, assumptionRows(view, t, locale));
}

/** One bar per sleeve (its active and passive lines together), in the order of the lines' first appearance. */
function barsOf(lines: readonly Line[], t: Translate): AllocationBar[] {
  const bars = new Map<string, AllocationBar>();
  for (const line of lines) {
    // Bonds and cash are named as in the table ("Bonds"), equity sleeves as nouns ("US small caps").
    const label = line.style === null ? lineLabel(line, t) : sleeveName(line.sleeve, t);
    const bar = bars.get(line.sleeve) ?? { label, active: 0, passive: 0, other: 0 };
    bar[line.style ?? "other"] += line.weight;
    bars.set(line.sleeve, bar);
  }
  return [...bars.values()];
}

/** The assumptions the proposal was generated with, as the saved scenario's page lists them. */
function assumptionRows(view: ProposalView, t: Translate, locale: ReportContext["locale"]): [string, string][] {
  const a = view.assumptions;
  const model = t("proposal.smallCapAuto");
  return [
    [t("proposal.riskTolerance"), a.riskTolerance === undefined ? t("proposal.fromProfile", { value: t(`risk.${view.client.riskTolerance as 1}`) }) : t(`risk.${a.riskTolerance as 1}`)],
    [t("proposal.smallCapShare"), a.smallCapSharePct === undefined ? model : formatNumber(locale, a.smallCapSharePct, 1)],
    [t("proposal.regions"), (a.includedRegions ?? []).map((r) => t(`region.${r}`)).join(", ") || model],
    [t("proposal.activeOverride"), t(`proposal.active.${a.activeOverride}`)],
    [t("proposal.rebalance"), t(`proposal.rebalance.${a.rebalance}`)],
  ];
}
