import { FATE, outcomesOf } from "./holding-return";
import type { Panel } from "./panel";
import type { RankedWindow } from "./series-step";
import type { ResolvedSizeOptions } from "./size-backtest-options";
import type { RankedArrays } from "./size-series";
import type { Weighting } from "./types";
import { rankInto } from "./universe";
import { fillRawWeights, newRawWeights, type RawWeights } from "./weighting";

/**
 * What every series of the size back-test reads at one rebalance: the ranked universe with its holding
 * outcomes (`window`, in rank order) and the raw weights. Arrays are as long as the panel's ids (the
 * largest possible universe) and stay the same objects from window to window, only their first
 * `count` entries being rewritten: a window allocates nothing, and V8 keeps the code it compiled for the
 * hot loops, which a new object per window made it discard after the first window.
 */
export type SizeWindow = {
  window: RankedWindow;
  weights: RawWeights;
  /** {@link FATE} of each member, in rank order. */
  fate: Uint8Array;
  /**
   * position[s] = rank position of security s, −1 when it is not in the universe (written by
   * `outcomesOf`); the next window reads it to find a security's old weight (see `SizeSeries`).
   */
  position: Int32Array;
  /** See `RankedArrays.previous`. */
  previous: Int32Array;
  /** The same arrays as a series of each weighting reads them, one object per weighting, all of one shape. */
  byWeighting: Record<Weighting, RankedArrays>;
};

export function newSizeWindow(securities: number): SizeWindow {
  const window = {
    ids: new Int32Array(securities),
    returns: new Float64Array(securities),
    alive: new Uint8Array(securities),
  };
  const weights = newRawWeights(new Float64Array(securities));
  // −1 everywhere: before its first window, this window's universe is empty.
  const position = new Int32Array(securities).fill(-1);
  const previous = new Int32Array(securities);
  const arrays = (raw: Float64Array): RankedArrays => ({
    ids: window.ids,
    returns: window.returns,
    alive: window.alive,
    raw,
    previous,
  });
  return {
    window,
    weights,
    fate: new Uint8Array(securities),
    position,
    previous,
    byWeighting: { cap: arrays(weights.cap), equal: arrays(weights.equal), sqrt: arrays(weights.sqrt) },
  };
}

/**
 * Fills `shared` for the window (from, to]: ranks the universe at t once and computes each member's
 * holding return once, for every bucket × weighting to share. Returns the universe size.
 */
export function loadWindow(
  shared: SizeWindow,
  panel: Panel,
  from: number,
  to: number,
  options: ResolvedSizeOptions,
): number {
  const { window, weights } = shared;
  const count = rankInto(panel, from, options.filter, window.ids, weights.cap);
  const ids = window.ids.subarray(0, count);
  outcomesOf(panel, ids, from, to, options.survivorship, window.returns, shared.fate, shared.position);
  markAlive(shared.fate, window.alive, count);
  fillRawWeights(weights, count);
  return count;
}

/** alive[k] = 1 where fate[k] is ALIVE, for the first `count` members. */
function markAlive(fate: Uint8Array, alive: Uint8Array, count: number): void {
  const aliveFate = FATE.ALIVE;
  for (let k = 0; k < count; k++) alive[k] = fate[k] === aliveFate ? 1 : 0;
}
