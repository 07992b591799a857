import { compoundWindow, stoppedRule } from "./holding-return";
import type { Panel } from "./panel";
import type { ResolvedSizeOptions } from "./size-backtest-options";
import type { RankedArrays } from "./size-series";
import { keptOf, newRanking, rankInto, type Ranking } from "./universe";

/**
 * What every bucket of the size back-test reads at one rebalance: the ranked universe with each member's
 * holding outcome and raw weights, in rank order. Arrays stay the same objects from window to window,
 * only their first `count` entries being rewritten: a window allocates nothing, and V8 keeps the code it
 * compiled for the hot loops, which a new object per window made it discard after the first window.
 * Rank-ordered arrays are one longer than the largest possible universe: the last slot stays 0 and is
 * where a member that was not alive in the window before links to (see `RankedArrays.previous`).
 */
export type SizeWindow = {
  /** `order` holds the universe's securities by rank, `caps` their caps (the cap weights). */
  ranking: Ranking;
  /** Scratch of `compoundWindow`, indexed like `Panel.ids`. */
  growth: Float64Array;
  exited: Uint8Array;
  /**
   * position[s] = rank position of security s, −1 when it is not in the universe; the next window reads
   * it to find a security's old weight (see `stepBucket`).
   */
  position: Int32Array;
  /** Holding return, alive flag (1 = still held at the end), √cap and link, by rank: what a step reads. */
  ranked: RankedArrays;
};

export function newSizeWindow(securities: number): SizeWindow {
  const slots = securities + 1;
  const ranking = newRanking(securities, new Float64Array(slots));
  return {
    ranking,
    growth: new Float64Array(securities),
    exited: new Uint8Array(securities),
    // −1 everywhere: before its first window, this window's universe is empty.
    position: new Int32Array(securities).fill(-1),
    ranked: {
      returns: new Float64Array(slots),
      alive: new Uint8Array(slots),
      cap: ranking.caps,
      sqrt: new Float64Array(slots),
      previous: new Int32Array(slots),
    },
  };
}

/**
 * Fills `shared` for the window (from, to], `before` holding the window before (or a new one): ranks the
 * universe at t once and computes each member's holding return once, for every bucket × weighting to
 * share. Returns the universe size.
 */
export function loadWindow(
  shared: SizeWindow,
  before: SizeWindow,
  panel: Panel,
  from: number,
  to: number,
  options: ResolvedSizeOptions,
): number {
  const { ranking, ranked } = shared;
  const count = rankInto(panel, from, options.filter, ranking);
  compoundWindow(panel, ranking.eligible, count, from, to, shared.growth, shared.exited);
  shared.position.fill(-1);
  const stopped = stoppedRule(options.survivorship);
  const kept = keptOf(count, options.filter);
  settleMembers(
    ranking.order,
    ranking.caps,
    kept,
    shared.growth,
    shared.exited,
    panel.returns,
    to * panel.ids.length,
    stopped.keepsCompounded ? 1 : 0,
    stopped.value,
    ranked.returns,
    ranked.alive,
    ranked.sqrt,
    shared.position,
    before.position,
    before.ranked.alive,
    ranked.previous,
    shared.position.length,
  );
  return kept;
}

/**
 * One pass over the universe in rank order (a pass per array was a loop per array for V8 to compile on
 * the first call), for the member s = order[k]:
 * - its holding return and whether it is alive, by the rules of `holdingOutcomes`: an exit keeps what it
 *   compounded, a valid return at t_next (cell lastRow + s) makes it alive, else its data stopped and it
 *   gets `stoppedValue` (or what it compounded when `keepsCompounded` is 1);
 * - √cap, the sqrt weighting's raw weight;
 * - position[s] = k, and previous[k] = its rank position in the window before when it was alive there, else
 *   the arrays' last slot (see `RankedArrays.previous`). alive[q] is read whether or not the security was
 *   in the window before (q is then that last slot, never alive), so the loop has no branch the first
 *   window never takes.
 */
function settleMembers(
  order: Int32Array,
  caps: Float64Array,
  kept: number,
  growth: Float64Array,
  exited: Uint8Array,
  panelReturns: Float64Array,
  lastRow: number,
  keepsCompounded: number,
  stoppedValue: number,
  returns: Float64Array,
  alive: Uint8Array,
  sqrt: Float64Array,
  position: Int32Array,
  beforePosition: Int32Array,
  beforeAlive: Uint8Array,
  previous: Int32Array,
  unlinked: number,
): void {
  // Every index below is in range by construction, so `!` instead of `?? 0`.
  for (let k = 0; k < kept; k++) {
    const s = order[k]!;
    const compounded = growth[s]! - 1;
    const exit = exited[s]!;
    const last = panelReturns[lastRow + s]!;
    // last === last: not NaN (no call for the interpreter to make, see `stepBucket`'s loops).
    const isAlive = exit === 0 && last === last ? 1 : 0;
    const stoppedReturn = keepsCompounded === 1 ? compounded : stoppedValue;
    returns[k] = exit === 1 || isAlive === 1 ? compounded : stoppedReturn;
    alive[k] = isAlive;
    sqrt[k] = Math.sqrt(caps[k]!);
    position[s] = k;
    const p = beforePosition[s]!;
    const q = p >= 0 ? p : unlinked;
    previous[k] = beforeAlive[q] === 1 ? q : unlinked;
  }
}
