/**
 * How a stock of the synthetic Korean-like market behaves as a function of its size percentile
 * p = (rank − 0.5) / N at the start of a year (0 = largest). The knots are calibrated so the engine
 * reproduces the SHAPE of the blog study (domain.md §2), not its figures:
 * - after the survivorship correction, CAGR is high for large caps, lowest around 40–60%, and back to
 *   large-cap levels near 70%, higher still for micro caps (`CAGR`);
 * - volatility is flat to 40% and rises as size falls (`beta`, `smallLoading`);
 * - data stops (delisting without a recorded exit) are rare for large caps and frequent for micro caps
 *   (`stopHazard`), so counting them as −100% lowers equal-weighted CAGR by ~2 points, cap-weighted by less.
 */
/** Target CAGR of a size bucket after the correction (total_loss): knots at p = 0, 0.1, …, 1, interpolated. */
const CAGR = [0.06, 0.058, 0.05, 0.04, 0.032, 0.03, 0.045, 0.08, 0.11, 0.13, 0.145];
/** Probability that a stock's data stops during the year (no exit recorded), 2000–2016. */
const STOP_HAZARD = [0.003, 0.003, 0.004, 0.005, 0.007, 0.01, 0.014, 0.022, 0.035, 0.055, 0.08];

function interpolate(values: readonly number[], p: number): number {
  const x = Math.min(1, Math.max(0, p)) * 10;
  const i = Math.min(9, Math.floor(x));
  const lo = values[i] ?? 0;
  const hi = values[i + 1] ?? lo;
  return lo + (hi - lo) * (x - i);
}

/**
 * Loading on the market factor: 1 → 1.1 across the top decile, 1.1 down to the 40th percentile, then
 * rising to 1.4, so the equal-weighted market is more volatile than the cap-weighted one (24% vs 20% in
 * the study) while volatility stays nearly flat down to 40%.
 */
export const beta = (p: number): number => (p < 0.1 ? 1 + p : 1.1 + 0.3 * Math.max(0, (p - 0.4) / 0.6));

/** Loading on the small-cap factor: none above the 40th percentile, then rising to 1.2. */
export const smallLoading = (p: number): number => 1.2 * Math.max(0, (p - 0.4) / 0.6);

/** Idiosyncratic annual log-return volatility: 22% for the largest, 50% for the smallest. */
export const idiosyncraticVol = (p: number): number => 0.22 + 0.28 * p;

/**
 * Stop hazard; after 2016 micro caps stop 1.5× as often (more zombie delistings), which is what makes the
 * corrected micro-cap excess shrink after 2016 in the study.
 */
export function stopHazard(p: number, year: number): number {
  const h = interpolate(STOP_HAZARD, p);
  return year > 2016 && p > 0.6 ? h * 1.5 : h;
}

/** Probability of a recorded exit (takeover, merger) during the year, at a premium: size-independent. */
export const EXIT_HAZARD = 0.008;
export const EXIT_PREMIUM = 0.25;

/**
 * Expected log growth a(p) of a surviving stock, so that a bucket grows by exp(a)·(1 − h) a year when the
 * (stratified, zero-mean) factors are averaged out: a = ln(1 + CAGR) − ln(1 − h). It offsets the
 * 2000–2016 hazard only, so the extra stops after 2016 lower the corrected micro-cap return.
 */
export const drift = (p: number): number => Math.log(1 + interpolate(CAGR, p)) - Math.log(1 - interpolate(STOP_HAZARD, p));

/** Dividend yield, part of the total return: ~2% for large caps, ~0.8% for micro caps. */
export const dividendYield = (p: number): number => 0.02 - 0.012 * p;

/** Probability of being profitable: 92% for the largest, 47% for the smallest. */
export const profitableProbability = (p: number): number => 0.92 - 0.45 * p;

/** Mean analyst count: ~20 for the largest, < 1 below the 60th percentile. */
export const analystMean = (p: number): number => 22 * Math.exp(-5 * p);
