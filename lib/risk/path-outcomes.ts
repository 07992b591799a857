const MONTHS_PER_YEAR = 12;

/**
 * Per-path figures at every year end, stored year by year (index year · paths + path) so that each year's
 * values across paths are one contiguous slice for the percentiles.
 */
export type OutcomeBuffers = {
  paths: number;
  years: number;
  /** Money, after the year's returns and the flows so far (0 once depleted). */
  wealth: Float64Array;
  /** Worst rolling 12-month return so far. */
  worst12: Float64Array;
  /** Maximum drawdown so far (<= 0). */
  maxDrawdown: Float64Array;
  /** That simulated year's return. */
  yearReturn: Float64Array;
  /** Σ r and Σ r² over every simulated month, for the pooled volatility. */
  sum: number;
  sumSquares: number;
};

export function outcomeBuffers(paths: number, years: number): OutcomeBuffers {
  const size = paths * years;
  return {
    paths,
    years,
    wealth: new Float64Array(size),
    worst12: new Float64Array(size),
    maxDrawdown: new Float64Array(size),
    yearReturn: new Float64Array(size),
    sum: 0,
    sumSquares: 0,
  };
}

/**
 * Follows one path's monthly returns and records its year-end figures.
 *
 * Money: at the start of year y the flow `flows[y]` is added (or taken, if negative) pro rata to every
 * holding, so it does not move the weights; a withdrawal larger than the wealth empties the portfolio,
 * which then stays at 0. Then each month W ← W (1 + r).
 * Risk figures use the time-weighted index I (I₋₁ = 1, I_k = I_{k−1}(1 + r_k)), so they describe the mix,
 * not the client's deposits: the 12-month return ending at month k >= 11 is I_k / I_{k−12} − 1; the
 * drawdown is I_k / max(1, I₀ … I_k) − 1.
 *
 * @param ring scratch of 12 numbers (reused across paths): ring[k mod 12] holds I_{k−12} when month k is read.
 *   It starts as NaN except ring[11] = I₋₁ = 1: a comparison with NaN is false, so months 0–10 (no full
 *   12 months yet) need no test of their own.
 * @example returns of 1% every month, no flows, initial 100 → wealth after year 1 = 100 · 1.01^12 = 112.6825,
 *   worst 12-month return 0.126825, max drawdown 0
 */
export function recordPath(
  returns: Float64Array,
  path: number,
  initial: number,
  flows: Float64Array,
  ring: Float64Array,
  out: OutcomeBuffers,
): void {
  const { paths, years } = out;
  ring.fill(Number.NaN);
  ring[MONTHS_PER_YEAR - 1] = 1;
  let wealth = initial;
  let index = 1;
  let peak = 1;
  let maxDrawdown = 0;
  let worst12 = Number.POSITIVE_INFINITY;
  // Comparisons are multiplied through by the (positive) denominators: a new drawdown record is
  // I < peak · (1 + maxDrawdown), a new worst 12 months I < I₋₁₂ · (1 + worst12); one division per record,
  // and no branch on new peaks, which come at random.
  let yearStart = 1;
  let sum = 0;
  let sumSquares = 0;
  for (let y = 0, k = 0; y < years; y++) {
    wealth += flows[y]!;
    if (!(wealth > 0)) wealth = 0;
    for (let month = 0; month < MONTHS_PER_YEAR; month++, k++) {
      const r = returns[k]!;
      sum += r;
      sumSquares += r * r;
      wealth *= 1 + r;
      index *= 1 + r;
      peak = Math.max(peak, index);
      if (index < peak * (1 + maxDrawdown)) maxDrawdown = index / peak - 1;
      // worst12 starts at +∞, so the first full window always sets it (lagged > 0: growth is positive).
      const lagged = ring[month]!;
      if (index < lagged * (1 + worst12)) worst12 = index / lagged - 1;
      ring[month] = index;
    }
    const at = y * paths + path;
    out.wealth[at] = wealth;
    out.worst12[at] = worst12;
    out.maxDrawdown[at] = maxDrawdown;
    out.yearReturn[at] = index / yearStart - 1;
    yearStart = index;
  }
  out.sum += sum;
  out.sumSquares += sumSquares;
}
