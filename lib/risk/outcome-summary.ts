import type { OutcomeBuffers } from "./path-outcomes";
import { percentile, percentileBand, shareBelow } from "./percentiles";
import type { PercentileBand, ProjectionOutcome, ProjectionTarget, ProjectionYear } from "./types";

const MONTHS_PER_YEAR = 12;

export type SummaryTerms = { initialAmount: number; inflation: number | null; target: ProjectionTarget | null };

/**
 * Turns the per-path year-end figures into the projection's percentiles and probabilities (real wealth is
 * nominal wealth over (1 + inflation)^year; a real target is compared in money of that year).
 */
export function summariseOutcomes(buffers: OutcomeBuffers, terms: SummaryTerms): ProjectionOutcome {
  const { paths, years: horizon } = buffers;
  const years: ProjectionYear[] = [];
  for (let y = 0; y < horizon; y++) {
    const slice = (values: Float64Array) => values.subarray(y * paths, (y + 1) * paths);
    const wealth = slice(buffers.wealth);
    const year = y + 1;
    const deflator = (1 + (terms.inflation ?? 0)) ** year;
    const target = terms.target && (terms.target.basis === "real" ? terms.target.amount * deflator : terms.target.amount);
    const probabilityBelowStart = shareBelow(wealth, terms.initialAmount);
    const probabilityReachingTarget = target === null ? null : 1 - shareBelow(wealth, target);
    // Wealth is never negative, so "below a tiny positive number" counts the emptied paths (exactly 0).
    const probabilityDepleted = shareBelow(wealth, Number.MIN_VALUE);
    const nominal = percentileBand(wealth);
    years.push({
      year,
      wealth: nominal,
      realWealth: terms.inflation === null ? null : scaled(nominal, 1 / deflator),
      probabilityBelowStart,
      probabilityReachingTarget,
      probabilityDepleted,
      worst12MonthReturn: percentileBand(slice(buffers.worst12)),
      medianMaxDrawdown: percentile(slice(buffers.maxDrawdown), 0.5),
    });
  }
  return { years, annualVolatility: pooledVolatility(buffers), oneYearReturn: percentileBand(buffers.yearReturn) };
}

/** Dividing by a positive constant keeps the order, so the deflated percentiles are the percentiles deflated. */
function scaled(band: PercentileBand, factor: number): PercentileBand {
  return { p5: band.p5 * factor, p25: band.p25 * factor, p50: band.p50 * factor, p75: band.p75 * factor, p95: band.p95 * factor };
}

/**
 * Sample standard deviation (n − 1) of all simulated monthly returns × √12, as the back-test annualises.
 * Σr² − (Σr)²/n loses little here: monthly returns are small and their mean is well below their spread.
 */
function pooledVolatility(buffers: OutcomeBuffers): number {
  const n = buffers.paths * buffers.years * MONTHS_PER_YEAR;
  if (n < 2) return 0;
  const variance = Math.max(0, (buffers.sumSquares - (buffers.sum * buffers.sum) / n) / (n - 1));
  return Math.sqrt(variance * MONTHS_PER_YEAR);
}
