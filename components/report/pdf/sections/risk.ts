import { formatCurrency, formatPercent } from "@/lib/i18n/format";
import type { ProjectionOutcome } from "@/lib/risk";
import type { ProposalRisk } from "@/lib/services/proposal/risk-view";
import {
  episodeCells,
  episodeName,
  fitSentences,
  hasWithdrawals,
  medianFinal,
  milestoneYears,
  projectionIntro,
  projectionMethodLine,
  shockIntro,
  targetHeader,
} from "@/components/proposal/risk-text";
import { COLORS, type ReportContext } from "../context";
import { fanChart } from "../fan-chart";
import { bullets, heading, notice, paragraph, SIZES, subheading } from "../layout";
import { table } from "../table";

/**
 * The forward-looking risk of the saved version, as stored: the risk-fit verdict, the fan of wealth
 * percentiles, outcome probabilities at milestone years, the bad-year figures, the stress episodes and the
 * hypothetical shocks, with the projection's method and seed. Drawn only for versions that hold a risk section.
 */
export function drawRisk(ctx: ReportContext): void {
  const risk = ctx.view.risk;
  if (!risk) return;
  const { t, locale } = ctx;
  heading(ctx, t("projection.title"));
  for (const line of projectionIntro(risk, t, locale)) paragraph(ctx, line);
  const fit = fitSentences(risk, t, locale);
  subheading(ctx, t("riskFit.title"));
  if (fit.fits) paragraph(ctx, fit.lines[0] ?? "");
  else {
    notice(ctx, fit.lines[0] ?? "");
    bullets(ctx, fit.lines.slice(1));
  }

  const final = medianFinal(risk, t, locale);
  subheading(ctx, t("projection.fanTitle"));
  paragraph(ctx, final.real ? `${final.nominal} · ${final.real}` : final.nominal);
  const { projection } = risk;
  fanChart(
    ctx,
    projection.initialAmount,
    projection.portfolio.years.map((y) => y.wealth),
    projection.benchmark ? projection.benchmark.years.map((y) => y.wealth.p50) : null,
    { outer: t("projection.band.outer"), inner: t("projection.band.inner"), median: t("projection.p50"), benchmark: t("projection.benchmarkMedian") },
  );
  paragraph(ctx, `${t("projection.fanCaption")} ${t("projection.axisYears", { currency: risk.currency })}`, { size: SIZES.small, color: COLORS.muted });

  subheading(ctx, t("projection.outcomesTitle"));
  outcomeTable(ctx, risk);
  subheading(ctx, t("projection.badTitle"));
  badYearTable(ctx, risk);
  paragraph(ctx, t("projection.worstNote"), { size: SIZES.small, color: COLORS.muted });

  subheading(ctx, t("stress.title"));
  paragraph(ctx, t("stress.intro"), { size: SIZES.small, color: COLORS.muted });
  stressTable(ctx, risk);
  subheading(ctx, t("shock.title"));
  paragraph(ctx, shockIntro(risk, t, locale), { size: SIZES.small, color: COLORS.muted });
  shockTable(ctx, risk);

  paragraph(ctx, t("projection.disclosure"), { size: SIZES.small, color: COLORS.muted });
  paragraph(ctx, projectionMethodLine(projection.methodology, t, locale), { size: SIZES.small, color: COLORS.muted });
}

function outcomeTable({ doc, t, locale }: ReportContext, risk: ProposalRisk): void {
  const pct = (v: number) => formatPercent(locale, v, 1);
  const target = targetHeader(risk, t, locale);
  const withdrawals = hasWithdrawals(risk);
  const extra = (target ? 1 : 0) + (withdrawals ? 1 : 0);
  const share = 0.6 / (2 + extra);
  table(
    doc,
    [
      { header: t("projection.year"), width: 0.16 },
      { header: t("projection.col.medianWealth"), width: 0.24 + share, align: "right" },
      { header: t("projection.col.belowStart"), width: share, align: "right" },
      ...(target ? [{ header: target, width: share, align: "right" as const }] : []),
      ...(withdrawals ? [{ header: t("projection.col.depleted"), width: share, align: "right" as const }] : []),
    ],
    milestoneYears(risk.projection.portfolio.years).map((y) => [
      t("projection.yearN", { year: y.year }),
      formatCurrency(locale, y.wealth.p50, risk.currency),
      pct(y.probabilityBelowStart),
      ...(target ? [pct(y.probabilityReachingTarget ?? 0)] : []),
      ...(withdrawals ? [pct(y.probabilityDepleted)] : []),
    ]),
  );
}

function badYearTable({ doc, t, locale }: ReportContext, risk: ProposalRisk): void {
  const pct = (v: number | undefined) => (v === undefined ? "—" : formatPercent(locale, v, 1));
  const row = (name: string, o: ProjectionOutcome) => {
    const last = o.years[o.years.length - 1];
    return [name, pct(last?.worst12MonthReturn.p5), pct(last?.worst12MonthReturn.p50), pct(last?.medianMaxDrawdown), pct(o.annualVolatility)];
  };
  table(
    doc,
    [
      { header: t("projection.col.mix"), width: 0.2 },
      { header: `${t("projection.col.worst12")}: ${t("projection.p5")}`, width: 0.22, align: "right" },
      { header: `${t("projection.col.worst12")}: ${t("projection.p50")}`, width: 0.22, align: "right" },
      { header: t("projection.col.medianDrawdown"), width: 0.18, align: "right" },
      { header: t("projection.col.volatility"), width: 0.18, align: "right" },
    ],
    [
      row(t("projection.proposal"), risk.projection.portfolio),
      ...(risk.projection.benchmark ? [row(t("projection.benchmark"), risk.projection.benchmark)] : []),
    ],
  );
}

function stressTable({ doc, t, locale }: ReportContext, risk: ProposalRisk): void {
  const [p, b] = [t("projection.proposal"), t("projection.benchmark")];
  table(
    doc,
    [
      { header: t("stress.col.episode"), width: 0.28 },
      { header: `${t("stress.col.return")}: ${p}`, width: 0.12, align: "right" },
      { header: `${t("stress.col.return")}: ${b}`, width: 0.12, align: "right" },
      { header: `${t("stress.col.drawdown")}: ${p}`, width: 0.12, align: "right" },
      { header: `${t("stress.col.drawdown")}: ${b}`, width: 0.12, align: "right" },
      { header: `${t("stress.col.recovery")}: ${p}`, width: 0.12, align: "right" },
      { header: `${t("stress.col.recovery")}: ${b}`, width: 0.12, align: "right" },
    ],
    risk.stress.map((r) => {
      const name = `${episodeName(r.id, t)} (${t("stress.period", { start: r.start, end: r.end })})`;
      const mine = episodeCells(r, "portfolio", t, locale);
      const theirs = episodeCells(r, "benchmark", t, locale);
      if (!mine || !theirs) return [name, t("stress.notCovered"), "", "", "", "", ""];
      return [name, mine.return, theirs.return, mine.drawdown, theirs.drawdown, mine.recovery, theirs.recovery];
    }),
  );
}

function shockTable({ doc, t, locale }: ReportContext, risk: ProposalRisk): void {
  table(
    doc,
    [
      { header: t("projection.col.mix"), width: 0.4 },
      { header: t("shock.col.return"), width: 0.25, align: "right" },
      { header: t("shock.col.amount", { currency: risk.currency }), width: 0.35, align: "right" },
    ],
    [
      [t("projection.proposal"), formatPercent(locale, risk.shocks.proposal.portfolioReturn, 1), formatCurrency(locale, risk.shocks.proposal.amountChange, risk.currency)],
      [t("projection.benchmark"), formatPercent(locale, risk.shocks.benchmark.portfolioReturn, 1), formatCurrency(locale, risk.shocks.benchmark.amountChange, risk.currency)],
    ],
  );
}
