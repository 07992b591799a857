/**
 * Every tunable number of the portfolio model, in one place. Each carries the reason for its value; change
 * a value here, bump `PARAMETERS_VERSION`, and every proposal records which version produced it.
 */
export const PARAMETERS_VERSION = "2026-11.2";

export const MODEL_PARAMETERS = {
  /**
   * Equity share by risk tolerance 1–5 (index = tolerance − 1): the usual conservative-to-aggressive
   * ladder of balanced portfolios, 25% to 85%, in even steps so each step means the same extra risk.
   */
  equityShareByRisk: [0.25, 0.4, 0.55, 0.7, 0.85],
  /**
   * Added to the equity share by horizon (first row whose `belowYears` exceeds the horizon): money needed
   * within 3 years cannot wait out a typical equity drawdown, and 10+ years can.
   */
  horizonAdjustments: [
    { belowYears: 3, adjustment: -0.15 },
    { belowYears: 5, adjustment: -0.05 },
    { belowYears: 10, adjustment: 0 },
    { belowYears: Number.POSITIVE_INFINITY, adjustment: 0.05 },
  ],
  /** Cash as a fraction of the non-equity part: enough for withdrawals and rebalancing, the rest in bonds. */
  cashShareOfDefensive: 0.1,
  smallCap: {
    /**
     * Small-cap share of equities at risk tolerance 1 and a zero horizon. Small caps are roughly the bottom
     * 14% of free-float market cap in MSCI's size segments, so 8% is a modest underweight for the most
     * cautious clients; recommendation 1 raises it from there.
     */
    base: 0.08,
    /** Added per risk-tolerance step above 1: small caps are more volatile, so they scale with tolerance. */
    perRiskStep: 0.03,
    /** Added per year of horizon: the small-cap premium, where it exists, needs long holding periods. */
    perHorizonYear: 0.005,
    /** Horizons beyond this add nothing more, so a 40-year horizon does not push small caps without limit. */
    horizonYearsCap: 20,
    /** Model ceiling (risk 5, 20 years gives 0.08 + 0.12 + 0.10 = 0.30): about 2× the market weight at most. */
    modelMax: 0.35,
  },
  gapScore: {
    /**
     * Weights of the four information-gap components. Analyst coverage and the managers' record are the
     * article's most direct evidence of an exploitable gap; concentration and unprofitable constituents
     * describe the index structure that makes room for it.
     */
    weights: { coverage: 0.3, concentration: 0.2, unprofitable: 0.2, managerExcess: 0.3 },
    /** Analysts per stock scoring 0 (above the article's 16.4 for large caps) and 1 (one or two analysts). */
    analystsNoGap: 20,
    analystsFullGap: 2,
    /** Top-10 share scoring 0 (large-cap indices hold roughly a quarter to a third there) and 1 (even weights). */
    top10NoGap: 0.3,
    top10FullGap: 0.02,
    /** Unprofitable share by count scoring 1; the article's US small caps (over 40%) score above 0.8. */
    unprofitableFullGap: 0.5,
    /** Manager excess return scoring 1: the article's best median, 3.10% for Japanese small caps. */
    managerExcessFullGap: 0.03,
  },
  /**
   * Strength k of the small-cap regional tilt: weight ∝ market weight × exp(k × (gap − mean gap)). With
   * k = 1 a region whose gap score is 0.3 above average gets about 1.35× its market weight: a tilt, not a bet.
   */
  regionTiltStrength: 1,
  /** Default home bias h: regional weights become (1 − h) × weights + h at home. Clients hold home assets. */
  homeBias: 0.2,
  activeShare: {
    /** Gap score at or below which a sleeve is fully passive: efficient, well-covered markets. */
    gapPassiveBelow: 0.25,
    /** Gap score from which the active share is at its maximum. */
    gapFullActiveFrom: 0.75,
    /** Highest active share: a passive core keeps rebalancing cheap and limits single-manager risk. */
    max: 0.9,
    /** US large caps are the most researched market; the default keeps them mostly passive. */
    usLargeMax: 0.2,
  },
  /** Smallest region × size sleeve worth holding (of the portfolio); smaller ones are folded into the rest. */
  minSleeveWeight: 0.005,
  /**
   * Smallest line worth buying: the larger of a weight and an amount in the client's currency (min-ticket.ts).
   * A line below it is folded into the nearest line of its asset class (ticket-fold.ts).
   */
  minTicket: {
    /**
     * Half a percent, the same floor as a sleeve: a line that small moves the portfolio's return by a few
     * basis points at most, yet it is one more fund to buy, rebalance and report on.
     */
    minWeight: 0.005,
    /**
     * About USD 10,000, as round numbers in each currency the app offers (within ~15% of USD 10,000 at 2025
     * exchange rates; fixed here, not converted at a live rate, because a floor need not follow FX). At that
     * size a line's fixed costs (minimum commissions of USD 10–25 a trade, at least two trades a year to buy
     * and rebalance) already come to 0.2–0.5% of it a year, more than an index fund's fee, and they weigh
     * more on anything smaller; many fund share classes sold through advisors also ask a first investment
     * of this order.
     */
    minAmount: {
      USD: 10_000,
      EUR: 10_000,
      CHF: 10_000,
      GBP: 8_000,
      JPY: 1_500_000,
      KRW: 15_000_000,
      AUD: 15_000,
      CAD: 15_000,
      SGD: 15_000,
      HKD: 80_000,
    },
  },
  /**
   * Lines are rounded to this step and the residual put on the largest line, so weights sum to 1 within
   * 1e-9. Far below display precision, so rounding moves the fee by under 1e-5 bps.
   */
  weightPrecision: 1e-8,
} as const;

export type ModelParameters = typeof MODEL_PARAMETERS;

/** Whether the minimum-ticket table has an amount for this currency (the client schema refuses others). */
export function hasTicketAmount(currency: string): boolean {
  return Object.hasOwn(MODEL_PARAMETERS.minTicket.minAmount, currency);
}

/** A risk tolerance's limits on a projected portfolio (lib/risk/risk-fit.ts). */
export type RiskFitBand = {
  /** Highest acceptable annualised volatility of the simulated monthly returns. */
  maxVolatility: number;
  /** Lowest acceptable 5th-percentile one-year return: the bad year (1 in 20) the client should be ready for. */
  minOneYearReturnP5: number;
};

/**
 * Risk-fit band per risk tolerance 1–5 (index = tolerance − 1). Each band is what the model's own most
 * equity-heavy mix for that tolerance can show on long-run market figures, plus headroom, so a proposal
 * the model made unaltered fits and one pushed riskier (a higher tolerance or small-cap share than the
 * client's, all active, regions left out) is flagged.
 * - maxVolatility: the ladder's equity share plus the long-horizon adjustment (30, 45, 60, 75, 90%) with
 *   equities at 16% and bonds at 5% volatility, correlation 0.1 (long-run developed-market figures) gives
 *   6.2, 8.0, 10.0, 12.2 and 14.5%; the bands add 1–2.5 points that grow with the equity share for the
 *   small-cap tilt and home bias (a small-cap sleeve is 3–5 points more volatile than its large caps),
 *   rounded to the half point: 7, 9.5, 12, 14.5, 17%.
 * - minOneYearReturnP5: −1.2 × maxVolatility, rounded to the point: a normal year's 5th percentile is
 *   μ − 1.645σ, and balanced mixes have earned roughly μ ≈ 0.45σ a year (−1.2σ); history's worst years
 *   are worse than a normal law says, which the bootstrap keeps (it resamples them) rather than the band.
 */
export const RISK_FIT_BANDS: readonly RiskFitBand[] = [
  { maxVolatility: 0.07, minOneYearReturnP5: -0.08 },
  { maxVolatility: 0.095, minOneYearReturnP5: -0.11 },
  { maxVolatility: 0.12, minOneYearReturnP5: -0.14 },
  { maxVolatility: 0.145, minOneYearReturnP5: -0.17 },
  { maxVolatility: 0.17, minOneYearReturnP5: -0.2 },
];
