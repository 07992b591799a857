/** One window's ranked universe with each member's holding outcome, all in rank order (largest first). */
export type RankedWindow = {
  /** Security index (into `Panel.ids`) at each rank position. */
  ids: Int32Array;
  /** Holding-period return at each rank position; NaN = dropped (`exclude` mode). */
  returns: Float64Array;
  /** 1 where the member is alive at the end of the window (it still holds the security). */
  alive: Uint8Array;
};

/** What one bucket × weighting series carries from one window to the next. */
export type SeriesState = {
  /** Drifted end-of-window weight of each alive holding, indexed like `Panel.ids` (0 elsewhere). */
  drift: Float64Array;
  /** Securities whose `drift` is set: `held[0 … heldCount − 1]`. */
  held: Int32Array;
  heldCount: number;
  /** Σ drift: the part of the portfolio still in securities (the rest is cash from exits). */
  driftSum: number;
};

export type SeriesStep = { net: number; gross: number; turnover: number; holdings: number };

export function newSeriesState(securities: number): SeriesState {
  return { drift: new Float64Array(securities), held: new Int32Array(securities), heldCount: 0, driftSum: 0 };
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
  const { drift } = state;
  const { ids, returns, alive } = window;
  // Hot loops: every index below is in range by construction, so `!` instead of `?? 0` (measurably
  // slower here, and this runs for every bucket member in every window).
  let sum = 0;
  for (let k = lo; k < hi; k++) if (!Number.isNaN(returns[k]!)) sum += raw[k]!;
  const norm = sum > 0 ? 1 / sum : 0;
  let turnover = state.driftSum;
  let gross = 0;
  let holdings = 0;
  for (let k = lo; k < hi; k++) {
    const r = returns[k]!;
    if (Number.isNaN(r)) continue;
    const w = raw[k]! * norm;
    const old = drift[ids[k]!]!;
    // Σ|w − d| over the union of old and new holdings = Σ_old d + Σ_new (|w − d| − d).
    turnover += Math.abs(w - old) - old;
    gross += w * r;
    holdings++;
  }
  const { held } = state;
  for (let k = 0; k < state.heldCount; k++) drift[held[k]!] = 0;
  let heldCount = 0;
  let driftSum = 0;
  if (1 + gross > 0) {
    const scale = 1 / (1 + gross);
    for (let k = lo; k < hi; k++) {
      if (alive[k] !== 1) continue;
      const s = ids[k]!;
      const drifted = raw[k]! * norm * (1 + returns[k]!) * scale;
      drift[s] = drifted;
      held[heldCount++] = s;
      driftSum += drifted;
    }
  }
  state.heldCount = heldCount;
  state.driftSum = driftSum;
  return { net: (1 - turnover * costRate) * (1 + gross) - 1, gross, turnover, holdings };
}
