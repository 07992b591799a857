import type { Stats } from "./types";
import { drawdownCurve, wealthCurve } from "./wealth";

/*
 * Statistics of domain.md §3. Every function returns null, never 0, when the figure is undefined, so a
 * chart can say "n/a" instead of showing a misleading zero.
 */

/**
 * CAGR = (Π(1 + rₖ))^(1/years) − 1, years = n / periodsPerYear. A wealth of 0 or less (a −100% period)
 * gives −1: everything was lost, and a real root of a negative number does not exist.
 *
 * @throws if periodsPerYear is not positive or a return is not finite.
 * @example cagr([0.1, 0.21], 1) → √(1.1 × 1.21) − 1 = 0.153689…; cagr([], 12) → null
 */
export function cagr(returns: ArrayLike<number>, periodsPerYear: number): number | null {
  assertSeries("cagr", returns, periodsPerYear);
  if (returns.length === 0) return null;
  const wealth = wealthCurve(returns)[returns.length] ?? 1;
  return wealth <= 0 ? -1 : wealth ** (periodsPerYear / returns.length) - 1;
}

/**
 * Volatility = sample standard deviation (n − 1, the unbiased variance, as the study's "standard
 * deviation of annual returns") × √periodsPerYear. A constant series returns exactly 0 (the mean of
 * equal floats can differ from them by an ulp, which would otherwise give a tiny spurious deviation).
 *
 * @throws as {@link cagr}.
 * @example volatility([0.1, 0.3], 1) → √(((−0.1)² + 0.1²)/1) = 0.141421…; fewer than 2 periods → null
 */
export function volatility(returns: ArrayLike<number>, periodsPerYear: number): number | null {
  assertSeries("volatility", returns, periodsPerYear);
  const n = returns.length;
  if (n < 2) return null;
  let min = Infinity;
  let max = -Infinity;
  for (let k = 0; k < n; k++) {
    min = Math.min(min, returns[k] ?? 0);
    max = Math.max(max, returns[k] ?? 0);
  }
  if (min === max) return 0;
  const mean = average(returns);
  let squares = 0;
  for (let k = 0; k < n; k++) squares += ((returns[k] ?? 0) - mean) ** 2;
  return Math.sqrt(squares / (n - 1)) * Math.sqrt(periodsPerYear);
}

/**
 * Sharpe = (mean period excess return × periodsPerYear) ÷ volatility, with the per-period risk-free
 * rate riskFreeAnnual / periodsPerYear: a simple (not compounded) split, consistent with annualising
 * the mean by multiplication. null when the volatility is null or 0.
 *
 * @throws as {@link cagr}.
 * @example sharpe([0.1, 0.3], 1, 0.02) → (0.2 − 0.02) / 0.141421 = 1.272792…
 */
export function sharpe(returns: ArrayLike<number>, periodsPerYear: number, riskFreeAnnual = 0): number | null {
  const vol = volatility(returns, periodsPerYear);
  if (vol === null || vol === 0) return null;
  return ((average(returns) - riskFreeAnnual / periodsPerYear) * periodsPerYear) / vol;
}

/**
 * Sortino = (mean period excess return × periodsPerYear) ÷ downside deviation, where the downside
 * deviation = √(Σ min(0, rₖ − rf)² / n) × √periodsPerYear over all n periods (Sortino & Price's target
 * semideviation: periods above the target count as zero, not as missing). null with fewer than 2
 * periods (as volatility) or no period below the risk-free rate.
 *
 * @throws as {@link cagr}.
 * @example sortino([0.1, −0.1], 1) → (0 × 1) / √(0.01 / 2) = 0
 */
export function sortino(returns: ArrayLike<number>, periodsPerYear: number, riskFreeAnnual = 0): number | null {
  assertSeries("sortino", returns, periodsPerYear);
  const n = returns.length;
  if (n < 2) return null;
  const target = riskFreeAnnual / periodsPerYear;
  let squares = 0;
  for (let k = 0; k < n; k++) squares += Math.min(0, (returns[k] ?? 0) - target) ** 2;
  if (squares === 0) return null;
  const downside = Math.sqrt(squares / n) * Math.sqrt(periodsPerYear);
  return ((average(returns) - target) * periodsPerYear) / downside;
}

/**
 * Return/risk = CAGR ÷ volatility (the figure the blog study calls "Sharpe"). null when either is
 * undefined or the volatility is 0.
 *
 * @example returnRisk([0.1, 0.21], 1) → 0.153690 / 0.077782 = 1.975910…
 */
export function returnRisk(returns: ArrayLike<number>, periodsPerYear: number): number | null {
  const growth = cagr(returns, periodsPerYear);
  const vol = volatility(returns, periodsPerYear);
  return growth === null || vol === null || vol === 0 ? null : growth / vol;
}

/**
 * Maximum drawdown of the wealth curve, as a negative number (−0.35 = a 35% fall from a peak), 0 when
 * wealth never fell below a running peak, null for an empty series.
 *
 * @example maxDrawdown([0.1, −0.5, 1]) → 0.55 / 1.1 − 1 = −0.5
 */
export function maxDrawdown(returns: ArrayLike<number>): number | null {
  assertSeries("maxDrawdown", returns, 1);
  if (returns.length === 0) return null;
  return drawdownCurve(wealthCurve(returns)).reduce((low, d) => Math.min(low, d), 0);
}

/**
 * All statistics of one return series (see the functions above for each formula).
 *
 * @throws if periodsPerYear is not positive, the risk-free rate or a return is not finite.
 * @example computeStats([0.1, 0.21], 1).cagr → 0.153689…
 */
export function computeStats(returns: ArrayLike<number>, periodsPerYear: number, riskFreeAnnual = 0): Stats {
  return computeStatsOfEach([returns], periodsPerYear, riskFreeAnnual)[0]!;
}

/**
 * {@link computeStats} of each series. Each figure is the very expression of its function, but every
 * intermediate is computed once (one check of the returns, one wealth curve, one mean, one volatility;
 * calling the functions computed the volatility three times and the wealth curve twice), and the loops
 * over the periods are in this one function, which V8 compiles while it runs: a back-test's first call
 * computes ~60 series' statistics, which one call each ran in V8's interpreter from start to end.
 *
 * @throws as {@link computeStats}.
 */
export function computeStatsOfEach(
  series: readonly ArrayLike<number>[],
  periodsPerYear: number,
  riskFreeAnnual = 0,
): Stats[] {
  if (!Number.isFinite(riskFreeAnnual)) {
    throw new Error(`computeStats: riskFreeAnnual must be finite, got ${riskFreeAnnual}`);
  }
  if (!(Number.isFinite(periodsPerYear) && periodsPerYear > 0)) {
    throw new Error(`computeStats: periodsPerYear must be a positive number, got ${periodsPerYear}`);
  }
  const target = riskFreeAnnual / periodsPerYear;
  const stats: Stats[] = [];
  for (let i = 0; i < series.length; i++) {
    const returns = series[i]!;
    const n = returns.length;
    if (n === 0) {
      stats.push({
        cagr: null,
        volatility: null,
        sharpe: null,
        sortino: null,
        returnRisk: null,
        maxDrawdown: null,
        best: null,
        worst: null,
        periods: 0,
        periodsPerYear,
      });
      continue;
    }
    // One pass: the check, the wealth curve (to its last value), the drawdown's low point (the curve
    // starts at its peak 1, drawdown 0), best and worst, Σ returns.
    let wealth = 1;
    let peak = 1;
    let low = 0;
    let best = returns[0] ?? 0;
    let worst = best;
    let sum = 0;
    for (let k = 0; k < n; k++) {
      const r = returns[k] ?? 0;
      if (!Number.isFinite(returns[k])) throw new Error(`computeStats: returns[${k}] is not a finite number`);
      wealth = wealth * (1 + r);
      peak = Math.max(peak, wealth);
      low = Math.min(low, peak > 0 ? wealth / peak - 1 : 0);
      best = Math.max(best, r);
      worst = Math.min(worst, r);
      sum += r;
    }
    const mean = sum / n;
    const growth = wealth <= 0 ? -1 : wealth ** (periodsPerYear / n) - 1;
    let vol: number | null = null;
    let sortinoRatio: number | null = null;
    if (n >= 2) {
      let squares = 0;
      let downSquares = 0;
      for (let k = 0; k < n; k++) {
        const r = returns[k] ?? 0;
        squares += (r - mean) ** 2;
        downSquares += Math.min(0, r - target) ** 2;
      }
      vol = best === worst ? 0 : Math.sqrt(squares / (n - 1)) * Math.sqrt(periodsPerYear);
      const downside = Math.sqrt(downSquares / n) * Math.sqrt(periodsPerYear);
      sortinoRatio = downSquares === 0 ? null : ((mean - target) * periodsPerYear) / downside;
    }
    stats.push({
      cagr: growth,
      volatility: vol,
      sharpe: vol === null || vol === 0 ? null : ((mean - target) * periodsPerYear) / vol,
      sortino: sortinoRatio,
      returnRisk: vol === null || vol === 0 ? null : growth / vol,
      maxDrawdown: low,
      best,
      worst,
      periods: n,
      periodsPerYear,
    });
  }
  return stats;
}

function average(returns: ArrayLike<number>): number {
  let sum = 0;
  for (let k = 0; k < returns.length; k++) sum += returns[k] ?? 0;
  return sum / returns.length;
}

function assertSeries(fn: string, returns: ArrayLike<number>, periodsPerYear: number): void {
  if (!(Number.isFinite(periodsPerYear) && periodsPerYear > 0)) {
    throw new Error(`${fn}: periodsPerYear must be a positive number, got ${periodsPerYear}`);
  }
  for (let k = 0; k < returns.length; k++) {
    if (!Number.isFinite(returns[k])) throw new Error(`${fn}: returns[${k}] is not a finite number`);
  }
}
