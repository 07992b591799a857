import { RISK_FIT_BANDS, type RiskFitBand } from "../allocation/parameters";

export type RiskFitCheck =
  /** Projected annualised volatility against the band's maximum: ok when value <= limit. */
  | { code: "volatility"; value: number; limit: number; ok: boolean }
  /** Projected 5th-percentile one-year return against the band's floor: ok when value >= limit. */
  | { code: "worst_year"; value: number; limit: number; ok: boolean };

export type RiskFit = { riskTolerance: number; fits: boolean; checks: RiskFitCheck[] };

/** The two projected figures the fit reads (a Monte Carlo ProjectionOutcome gives both). */
export type ProjectedRisk = { annualVolatility: number; oneYearReturnP5: number };

/**
 * Whether a projection fits the client's risk tolerance (1–5): its volatility at most the band's maximum
 * and its 5th-percentile one-year return at least the band's floor (RISK_FIT_BANDS, with the reason for
 * each number). Data only: the page words each failed check from its code, value and limit.
 *
 * @throws "assessRiskFit: …" if the tolerance is not an integer 1–5 or a figure is not finite.
 * @example volatility 0.11 and p5 one-year −0.15 at tolerance 3 (band ≤ 0.12, ≥ −0.14) →
 *   fits false: volatility ok, worst_year not ok (−0.15 < −0.14)
 */
export function assessRiskFit(projection: ProjectedRisk, riskTolerance: number, bands: readonly RiskFitBand[] = RISK_FIT_BANDS): RiskFit {
  const where = "assessRiskFit";
  const band = Number.isInteger(riskTolerance) ? bands[riskTolerance - 1] : undefined;
  if (!band) throw new Error(`${where}: risk tolerance must be an integer from 1 to ${bands.length}, got ${riskTolerance}`);
  const { annualVolatility, oneYearReturnP5 } = projection;
  if (!(Number.isFinite(annualVolatility) && Number.isFinite(oneYearReturnP5))) {
    throw new Error(`${where}: projected figures must be finite, got ${annualVolatility} and ${oneYearReturnP5}`);
  }
  const checks: RiskFitCheck[] = [
    { code: "volatility", value: annualVolatility, limit: band.maxVolatility, ok: annualVolatility <= band.maxVolatility },
    { code: "worst_year", value: oneYearReturnP5, limit: band.minOneYearReturnP5, ok: oneYearReturnP5 >= band.minOneYearReturnP5 },
  ];
  return { riskTolerance, fits: checks.every((c) => c.ok), checks };
}
