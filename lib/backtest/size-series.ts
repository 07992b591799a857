import type { SeriesStep } from "./series-step";

/**
 * What one bucket × weighting series of the size back-test carries from one window to the next: not its
 * holdings but where they are in the previous window's ranking. Its holdings are the alive members of
 * the rank range [lo, hi) of that window, each at drifted weight raw × norm × (1 + r) × scale, so the
 * back-test keeps the previous window's arrays (see `SizeWindow`) and a step reads an old weight from
 * them instead of writing it down and scattering it into a security-indexed array, as `stepSeries` does:
 * the same numbers, computed by the same expression in the same order, without the three extra passes
 * that were most of the sweep's first-call time.
 */
export type SizeSeries = {
  /** Rank range held over the last window, in that window's ranking; lo = hi when nothing is held. */
  lo: number;
  hi: number;
  /** That window's 1 / Σ raw over the members with a return. */
  norm: number;
  /** That window's 1 / (1 + R). */
  scale: number;
  /** Σ drifted weight: the part of the portfolio still in securities (the rest is cash from exits). */
  driftSum: number;
};

/** One window of a series' ranking as a step reads it: parallel arrays in rank order. */
export type RankedArrays = {
  ids: Int32Array;
  returns: Float64Array;
  alive: Uint8Array;
  /** The weighting's raw weight at each rank position. */
  raw: Float64Array;
  /**
   * previous[k] = rank position in the window before of the member at k when it was alive there (so
   * it may be an old holding), else −1. Filled once per window for every series (see `linkWindows`).
   */
  previous: Int32Array;
};

export function newSizeSeries(): SizeSeries {
  return { lo: 0, hi: 0, norm: 0, scale: 0, driftSum: 0 };
}

/**
 * previous[k] for the first `count` members of a window (`ids`), from the window before's
 * `position` (security → rank position, −1 when absent) and `alive`: one lookup by security per
 * member per window, where each series looking it up itself made dozens.
 */
export function linkWindows(
  ids: Int32Array,
  count: number,
  position: Int32Array,
  alive: Uint8Array,
  previous: Int32Array,
): void {
  for (let k = 0; k < count; k++) {
    const p = position[ids[k]!]!;
    previous[k] = p >= 0 && alive[p] === 1 ? p : -1;
  }
}

/**
 * Advances a series by one window, for the members at rank positions [lo, hi) of `now`, given the
 * window before (`before`, whatever it holds when the series holds nothing). The rules are those of
 * `stepSeries` (weights renormalised over members with a return, turnover against drifted old weights,
 * exits and stopped holdings as cash, net = (1 − turnover × cost)(1 + R) − 1, an empty bucket in cash).
 */
export function stepSizeSeries(
  series: SizeSeries,
  now: RankedArrays,
  before: RankedArrays,
  lo: number,
  hi: number,
  costRate: number,
): SeriesStep {
  const norm = normaliser(now.raw, now.returns, lo, hi);
  const step = trade(
    now.raw,
    now.previous,
    now.returns,
    lo,
    hi,
    norm,
    costRate,
    series.driftSum,
    before.raw,
    before.returns,
    series.lo,
    series.hi,
    series.norm,
    series.scale,
  );
  if (1 + step.gross > 0) {
    const scale = 1 / (1 + step.gross);
    series.lo = lo;
    series.hi = hi;
    series.norm = norm;
    series.scale = scale;
    series.driftSum = driftSum(now.raw, now.returns, now.alive, lo, hi, norm, scale);
  } else {
    series.lo = 0;
    series.hi = 0;
    series.driftSum = 0;
  }
  return step;
}

// Each loop is a function of its own that takes arrays and numbers (see `stepSeries` for why). Every
// index is in range by construction, so `!` instead of `?? 0`.

/** 1 / Σ raw over the members in [lo, hi) that have a return (0 when none has). */
function normaliser(raw: Float64Array, returns: Float64Array, lo: number, hi: number): number {
  let sum = 0;
  for (let k = lo; k < hi; k++) if (!Number.isNaN(returns[k]!)) sum += raw[k]!;
  return sum > 0 ? 1 / sum : 0;
}

/**
 * The rebalance: gross return, turnover and net. A member's old weight is its drifted weight in the
 * previous window when it was an alive member of the range held there, else 0.
 */
function trade(
  raw: Float64Array,
  previous: Int32Array,
  returns: Float64Array,
  lo: number,
  hi: number,
  norm: number,
  costRate: number,
  driftSum: number,
  beforeRaw: Float64Array,
  beforeReturns: Float64Array,
  beforeLo: number,
  beforeHi: number,
  beforeNorm: number,
  beforeScale: number,
): SeriesStep {
  let turnover = driftSum;
  let gross = 0;
  let holdings = 0;
  const held = beforeLo < beforeHi;
  for (let k = lo; k < hi; k++) {
    const r = returns[k]!;
    if (Number.isNaN(r)) continue;
    const w = raw[k]! * norm;
    let old = 0;
    if (held) {
      const p = previous[k]!;
      if (p >= beforeLo && p < beforeHi) old = beforeRaw[p]! * beforeNorm * (1 + beforeReturns[p]!) * beforeScale;
    }
    // Σ|w − d| over the union of old and new holdings = Σ_old d + Σ_new (|w − d| − d).
    turnover += Math.abs(w - old) - old;
    gross += w * r;
    holdings++;
  }
  return { net: (1 - turnover * costRate) * (1 + gross) - 1, gross, turnover, holdings };
}

/** Σ over the alive members of [lo, hi) of their drifted weight raw × norm × (1 + r) × scale. */
function driftSum(
  raw: Float64Array,
  returns: Float64Array,
  alive: Uint8Array,
  lo: number,
  hi: number,
  norm: number,
  scale: number,
): number {
  let sum = 0;
  for (let k = lo; k < hi; k++) {
    if (alive[k] !== 1) continue;
    sum += raw[k]! * norm * (1 + returns[k]!) * scale;
  }
  return sum;
}
