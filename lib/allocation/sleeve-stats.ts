import type { SleeveId } from "../market/regions";
import type { SleeveHistory } from "../market/types";
import type { SleeveStats } from "./types";

const MONTHS_PER_YEAR = 12;

/**
 * Annualised statistics of each sleeve's monthly returns:
 *   annualMeanReturn = mean(r) × 12 (arithmetic, so the figures of a fixed-weight mix add up);
 *   annualVolatility = sample standard deviation (n − 1) × √12, the usual estimator from a sample.
 * Sleeves with fewer than 2 months are left out: one month has no sample standard deviation.
 *
 * @example returns [0.01, 0.03] → mean 0.02 × 12 = 0.24; sd √(2 × 0.01²) ≈ 0.014142 × √12 ≈ 0.04899
 */
export function sleeveStats(history: SleeveHistory): Partial<Record<SleeveId, SleeveStats>> {
  const stats: Partial<Record<SleeveId, SleeveStats>> = {};
  for (const [sleeve, series] of Object.entries(history.series) as [SleeveId, SleeveHistory["series"][SleeveId]][]) {
    if (series === undefined) continue;
    const r = series.returns;
    const n = r.length;
    if (n < 2) continue;
    const mean = r.reduce((s, x) => s + x, 0) / n;
    const variance = r.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
    if (!Number.isFinite(variance)) throw new RangeError(`sleeveStats: ${sleeve} has non-finite returns`);
    stats[sleeve] = {
      annualMeanReturn: mean * MONTHS_PER_YEAR,
      annualVolatility: Math.sqrt(variance * MONTHS_PER_YEAR),
      months: n,
    };
  }
  return stats;
}
