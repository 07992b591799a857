/** One window's ranked universe with each member's holding outcome, all in rank order (largest first). */
export type RankedWindow = {
  /** Security index (into `Panel.ids`) at each rank position. */
  ids: Int32Array;
  /** Holding-period return at each rank position; NaN = dropped (`exclude` mode). */
  returns: Float64Array;
  /** 1 where the member is alive at the end of the window (it still holds the security). */
  alive: Uint8Array;
};

/**
 * What one bucket × weighting series carries from one window to the next. Its holdings are compact
 * (held[j] with weight drift[j]), not an array over every security: the full sweep steps 60 series
 * over ~7,700 ids, and one security-indexed array per series (about 4 MB in all) made every drift
 * lookup a cache miss. The lookup by security goes through `scratch` instead, which all series share.
 */
export type SeriesState = {
  /** Securities (indices into `Panel.ids`) held at the end of the last window: `held[0 … heldCount − 1]`. */
  held: Int32Array;
  /** Drifted end-of-window weight of `held[j]` at `drift[j]`. */
  drift: Float64Array;
  heldCount: number;
  /** Σ drift: the part of the portfolio still in securities (the rest is cash from exits). */
  driftSum: number;
  /**
   * Indexed like `Panel.ids`, all 0 between steps: a step spreads `drift` into it to look the old
   * weights up by security, then clears it. Series stepped one at a time can share one, which keeps it
   * in cache.
   */
  scratch: Float64Array;
};

export type SeriesStep = { net: number; gross: number; turnover: number; holdings: number };

/**
 * A series holding nothing yet, among `securities` ids; pass `scratch` to share it between series.
 * Room for holdings is made when a bucket needs it (see `reserve`), so dozens of series over a large
 * panel do not each start with arrays as long as the panel.
 */
export function newSeriesState(securities: number, scratch = new Float64Array(securities)): SeriesState {
  return { held: new Int32Array(0), drift: new Float64Array(0), heldCount: 0, driftSum: 0, scratch };
}

/**
 * Advances a series by one window, for the bucket members at rank positions [lo, hi).
 * - weights wᵢ = rawᵢ / Σ raw over the members that have a holding return: members dropped by the
 *   `exclude` mode (NaN) get no weight and the rest are renormalised (domain.md §3), so Σ w = 1.
 * - gross R = Σ wᵢ rᵢ (domain.md §3 "Bucket return").
 * - turnover = Σ |w_new − w_drifted_old| over securities, where an alive holding drifts to
 *   wᵢ(1 + rᵢ)/(1 + R); exits and stopped holdings ended the window as cash, which is redeployed
 *   without a sale, so they are not in the sum. The first window counts the initial buy (turnover 1),
 *   so a bucket that trades every year and a buy-and-hold bucket pay for the same first purchase.
 * - net = (1 − turnover × cost)(1 + R) − 1: the one-way cost is paid out of wealth at the rebalance,
 *   before the window's growth.
 * - An empty bucket (no member with a return) holds cash: R = 0 and holdings 0; selling the previous
 *   holdings still costs. Returning 0 (not NaN) keeps the wealth curve defined; `holdings` = 0 flags it.
 *
 * Each loop is a function of its own that returns right after it and takes the arrays it reads as
 * arguments: V8 compiles a hot loop while it runs (on-stack replacement), and code after the loop that
 * has not run yet (nothing is held in the first window) would make that compiled code bail out on every
 * later call; arrays read from objects would tie the compiled loop to those objects' shapes, which V8
 * widens the second time an object literal runs (and then discards the code).
 *
 * @example first window, raw weights [1, 1], returns [0.1, −0.1], cost 0.001 →
 *   w = [0.5, 0.5], R = 0, turnover 1, net = (1 − 0.001) × 1 − 1 = −0.001
 */
export function stepSeries(
  state: SeriesState,
  raw: Float64Array,
  window: RankedWindow,
  lo: number,
  hi: number,
  costRate: number,
): SeriesStep {
  const { ids, returns, alive } = window;
  const { scratch, held, drift, heldCount } = state;
  const norm = normaliser(raw, returns, lo, hi);
  setWeights(scratch, held, drift, heldCount);
  const step = trade(scratch, state.driftSum, raw, ids, returns, lo, hi, norm, costRate);
  clearWeights(scratch, held, heldCount);
  if (1 + step.gross > 0) {
    reserve(state, hi - lo);
    hold(state, raw, ids, returns, alive, lo, hi, norm, 1 / (1 + step.gross));
  } else {
    state.heldCount = 0;
    state.driftSum = 0;
  }
  return step;
}

// Hot loops below: every index is in range by construction, so `!` instead of `?? 0` (measurably
// slower here, and they run for every bucket member in every window).

/** 1 / Σ raw over the members in [lo, hi) that have a return (0 when none has). */
function normaliser(raw: Float64Array, returns: Float64Array, lo: number, hi: number): number {
  let sum = 0;
  for (let k = lo; k < hi; k++) if (!Number.isNaN(returns[k]!)) sum += raw[k]!;
  return sum > 0 ? 1 / sum : 0;
}

/** scratch[held[j]] = weights[j] for the first `count` holdings. */
function setWeights(scratch: Float64Array, held: Int32Array, weights: Float64Array, count: number): void {
  for (let j = 0; j < count; j++) scratch[held[j]!] = weights[j]!;
}

/** Puts `scratch` back to all 0 after {@link setWeights}. */
function clearWeights(scratch: Float64Array, held: Int32Array, count: number): void {
  for (let j = 0; j < count; j++) scratch[held[j]!] = 0;
}

/** The rebalance into the bucket: gross return, turnover against the drifted old weights in `scratch`, net. */
function trade(
  scratch: Float64Array,
  driftSum: number,
  raw: Float64Array,
  ids: Int32Array,
  returns: Float64Array,
  lo: number,
  hi: number,
  norm: number,
  costRate: number,
): SeriesStep {
  let turnover = driftSum;
  let gross = 0;
  let holdings = 0;
  for (let k = lo; k < hi; k++) {
    const r = returns[k]!;
    if (Number.isNaN(r)) continue;
    const w = raw[k]! * norm;
    const old = scratch[ids[k]!]!;
    // Σ|w − d| over the union of old and new holdings = Σ_old d + Σ_new (|w − d| − d).
    turnover += Math.abs(w - old) - old;
    gross += w * r;
    holdings++;
  }
  return { net: (1 - turnover * costRate) * (1 + gross) - 1, gross, turnover, holdings };
}

/** Makes room for `count` holdings, doubling so a bucket that grows a little does not reallocate every window. */
function reserve(state: SeriesState, count: number): void {
  if (state.held.length >= count) return;
  const capacity = Math.min(state.scratch.length, 2 * count);
  state.held = new Int32Array(capacity);
  state.drift = new Float64Array(capacity);
}

/** Records the alive members with their drifted weights wᵢ(1 + rᵢ) × scale, scale = 1 / (1 + R). */
function hold(
  state: SeriesState,
  raw: Float64Array,
  ids: Int32Array,
  returns: Float64Array,
  alive: Uint8Array,
  lo: number,
  hi: number,
  norm: number,
  scale: number,
): void {
  const { held, drift } = state;
  let heldCount = 0;
  let driftSum = 0;
  for (let k = lo; k < hi; k++) {
    if (alive[k] !== 1) continue;
    const drifted = raw[k]! * norm * (1 + returns[k]!) * scale;
    held[heldCount] = ids[k]!;
    drift[heldCount++] = drifted;
    driftSum += drifted;
  }
  state.heldCount = heldCount;
  state.driftSum = driftSum;
}
