import type { Locale } from "@/lib/i18n/config";
import { formatCurrency, formatNumber, formatPercent } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import type { ProposalRisk } from "@/lib/services/proposal/risk-view";
import type { EpisodeOutcome, ProjectionYear, StressEpisodeResult, StressEpisodeId } from "@/lib/risk";
import { riskLabel } from "./labels";

/** Words and rows of the risk section, shared by the page (risk-section.tsx) and the PDF (report/pdf/sections/risk.ts). */

const MILESTONES = [1, 5, 10, 20, 30, 40, 50];

/** The year-ends the outcome table shows: round milestones inside the horizon, and the horizon itself. */
export function milestoneYears(years: readonly ProjectionYear[]): ProjectionYear[] {
  const last = years[years.length - 1];
  if (!last) return [];
  return years.filter((y) => y.year === last.year || (MILESTONES.includes(y.year) && y.year < last.year));
}

const pct = (locale: Locale, v: number) => formatPercent(locale, v, 1);

/** "10,000 simulated paths over 20 years from ₩1,000,000,000, …" and what flows in or out each year. */
export function projectionIntro(risk: ProposalRisk, t: Translate, locale: Locale): string[] {
  const m = risk.projection.methodology;
  const lines = [
    t("projection.intro", {
      paths: formatNumber(locale, m.paths),
      years: formatNumber(locale, risk.projection.horizonYears),
      amount: formatCurrency(locale, risk.projection.initialAmount, risk.currency),
      start: m.history.start,
      end: m.history.end,
      block: formatNumber(locale, m.meanBlockLength),
    }),
  ];
  const flow = risk.inputs.yearlyCashFlow;
  if (flow) {
    const amount = formatCurrency(locale, Math.abs(flow), risk.currency);
    lines.push(t(flow > 0 ? "projection.cashFlowIn" : "projection.cashFlowOut", { amount }));
    if (risk.inputs.inflation) lines.push(t("projection.cashFlowGrowing", { rate: pct(locale, risk.inputs.inflation) }));
  }
  return lines;
}

/** The median final wealth, and in today's money when an inflation rate was given. */
export function medianFinal(risk: ProposalRisk, t: Translate, locale: Locale): { nominal: string; real: string | null } {
  const last = risk.projection.portfolio.years[risk.projection.portfolio.years.length - 1];
  if (!last) return { nominal: "", real: null };
  return {
    nominal: t("projection.medianFinal", { years: formatNumber(locale, last.year), amount: formatCurrency(locale, last.wealth.p50, risk.currency) }),
    real: last.realWealth ? t("projection.medianFinalReal", { amount: formatCurrency(locale, last.realWealth.p50, risk.currency) }) : null,
  };
}

/** The outcome table's header for the target column, naming the target (and its basis through the intro). */
export function targetHeader(risk: ProposalRisk, t: Translate, locale: Locale): string | null {
  const target = risk.inputs.target;
  return target ? t("projection.col.target", { amount: formatCurrency(locale, target.amount, risk.currency) }) : null;
}

/** Whether any path can be emptied: only withdrawals do that. */
export const hasWithdrawals = (risk: ProposalRisk) => (risk.inputs.yearlyCashFlow ?? 0) < 0;

export function episodeName(id: StressEpisodeId, t: Translate): string {
  return t(`stress.episode.${id}`);
}

/** One stress row's cells for a mix: return, largest fall, months to recover (or why there are none). */
export function episodeCells(result: StressEpisodeResult<StressEpisodeId>, pick: "portfolio" | "benchmark", t: Translate, locale: Locale) {
  if (!result.covered) return null;
  const o: EpisodeOutcome | null = result[pick];
  if (!o) return { return: "—", drawdown: "—", recovery: "—" };
  return {
    return: pct(locale, o.cumulativeReturn),
    drawdown: pct(locale, o.maxDrawdown),
    recovery: o.monthsToRecover === null ? t("stress.notRecovered") : formatNumber(locale, o.monthsToRecover),
  };
}

export function shockIntro(risk: ProposalRisk, t: Translate, locale: Locale): string {
  const s = risk.shocks.scenario;
  return t("shock.intro", { equities: pct(locale, s.equities), smallCaps: pct(locale, s.smallCaps ?? s.equities), bonds: pct(locale, s.bonds) });
}

/** The verdict: one sentence when the proposal fits, else the heading sentence and one reason per failed check. */
export function fitSentences(risk: ProposalRisk, t: Translate, locale: Locale): { fits: boolean; lines: string[] } {
  const { fit } = risk;
  const level = riskLabel(fit.riskTolerance, t);
  if (fit.fits) {
    const vol = fit.checks.find((c) => c.code === "volatility");
    const worst = fit.checks.find((c) => c.code === "worst_year");
    return {
      fits: true,
      lines: [
        t("riskFit.fits", {
          level,
          volatility: vol ? pct(locale, vol.value) : "—",
          volatilityLimit: vol ? pct(locale, vol.limit) : "—",
          worstYear: worst ? pct(locale, worst.value) : "—",
          worstYearLimit: worst ? pct(locale, worst.limit) : "—",
        }),
      ],
    };
  }
  const reasons = fit.checks.filter((c) => !c.ok).map((c) => t(`riskFit.${c.code}`, { value: pct(locale, c.value), limit: pct(locale, c.limit) }));
  return { fits: false, lines: [t("riskFit.doesNotFit", { level }), ...reasons] };
}

/** The methodology stamp's risk line. */
export function projectionMethodLine(m: NonNullable<ProposalRisk["projection"]["methodology"]>, t: Translate, locale: Locale): string {
  return t("projection.methodologyLine", {
    block: formatNumber(locale, m.meanBlockLength),
    paths: formatNumber(locale, m.paths),
    seed: String(m.seed),
    engine: m.engineVersion,
    start: m.history.start,
    end: m.history.end,
    months: formatNumber(locale, m.history.months),
  });
}
