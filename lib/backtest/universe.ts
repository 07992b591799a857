import { PANEL_FLAG, type Panel } from "./panel";
import { newCapKeys, sortByCapDescending, type CapKeys } from "./rank-sort";
import type { UniverseFilter } from "./types";

/** The eligible universe at one rebalance date, ranked largest first. */
export type RankedUniverse = {
  /** Security indices (into `Panel.ids`) by market cap descending, ties by id ascending. */
  order: Int32Array;
  /** Market cap at t, aligned with `order`. */
  caps: Float64Array;
};

/**
 * Arrays a ranking is written into, each at least `Panel.ids.length` long; the back-test passes the same
 * ones every window, so nothing is allocated per window and its hot code always sees the same arrays.
 */
export type Ranking = {
  /** The eligible securities in ascending id order (index i), with their caps. */
  eligible: Int32Array;
  eligibleCaps: Float64Array;
  /** The ranking: security and cap at rank position k. */
  order: Int32Array;
  caps: Float64Array;
  keys: CapKeys;
};

export function newRanking(securities: number, caps = new Float64Array(securities)): Ranking {
  return {
    eligible: new Int32Array(securities),
    eligibleCaps: new Float64Array(securities),
    order: new Int32Array(securities),
    caps,
    keys: newCapKeys(securities),
  };
}

/**
 * Ranks the securities eligible at panel date `d` (domain.md §3 "Size-bucket back-test").
 * Eligible: a row at t with market_cap > 0, status not delisted (its exit was recorded, it cannot be
 * bought), not preferred unless `includePreferred`, market cap >= minMarketCap, trading value >=
 * minTradingValue (a missing trading value fails a set minimum: liquidity that is not known is not
 * shown to be enough). Then the largest `maxHoldings` are kept. An IPO listed after t has no row at t,
 * so it enters at the next rebalance.
 *
 * @throws if d is not a panel date index.
 * @example caps A 5, B 9, C 5 (ids ascending) → order [B, A, C]: 9 first, the tie 5/5 broken by id.
 */
export function rankUniverse(panel: Panel, d: number, filter: UniverseFilter = {}): RankedUniverse {
  const ranking = newRanking(panel.ids.length);
  const kept = keptOf(rankInto(panel, d, filter, ranking), filter);
  return { order: ranking.order.subarray(0, kept), caps: ranking.caps.subarray(0, kept) };
}

/**
 * {@link rankUniverse} into `ranking`, returning how many securities are eligible: the universe is the
 * first {@link keptOf} of them.
 *
 * @throws if d is not a panel date index.
 */
export function rankInto(panel: Panel, d: number, filter: UniverseFilter, ranking: Ranking): number {
  if (!(Number.isInteger(d) && d >= 0 && d < panel.dates.length)) {
    throw new Error(`rankUniverse: date index ${d} is outside the panel`);
  }
  // The cross-section at d: cells [start, end) of the date-major columns.
  const start = d * panel.ids.length;
  const end = start + panel.ids.length;
  const excluded = PANEL_FLAG.DELISTED | (filter.includePreferred ? 0 : PANEL_FLAG.PREFERRED);
  const { eligible, eligibleCaps } = ranking;
  const count = collectEligible(
    panel.marketCap.subarray(start, end),
    panel.flags.subarray(start, end),
    panel.tradingValue?.subarray(start, end) ?? null,
    excluded,
    filter.minMarketCap ?? 0,
    filter.minTradingValue,
    eligible,
    eligibleCaps,
  );
  sortByCapDescending(ranking.keys, count, eligible, eligibleCaps, ranking.order, ranking.caps);
  return count;
}

/** How many of `count` ranked eligible securities the universe keeps: the largest `maxHoldings`, or all. */
export function keptOf(count: number, filter: UniverseFilter): number {
  return Math.min(count, filter.maxHoldings ?? count);
}

/**
 * Writes the eligible securities of one date's cross-section (the columns at that date, indexed like
 * `Panel.ids`) in ascending id order, with their caps, and returns how many. A function of its own that
 * takes arrays and numbers so V8 compiles the loop while it runs without the code around it.
 */
function collectEligible(
  marketCap: Float64Array,
  flags: Uint8Array,
  tradingValue: Float64Array | null,
  excluded: number,
  minCap: number,
  minTrading: number | undefined,
  order: Int32Array,
  caps: Float64Array,
): number {
  let count = 0;
  // Hot loop: every index below is in range by construction, so `!` instead of `?? NaN`.
  for (let s = 0; s < marketCap.length; s++) {
    const cap = marketCap[s]!;
    if (!(cap > 0 && cap >= minCap)) continue;
    if (flags[s]! & excluded) continue;
    if (minTrading !== undefined && !((tradingValue?.[s] ?? NaN) >= minTrading)) continue;
    order[count] = s;
    caps[count++] = cap;
  }
  return count;
}

/**
 * Checks a universe filter once, before any window is computed.
 *
 * @throws naming the caller if a minimum is negative or not finite, or maxHoldings is not a positive integer.
 */
export function assertUniverseFilter(filter: UniverseFilter, where: string): void {
  for (const key of ["minMarketCap", "minTradingValue"] as const) {
    const value = filter[key];
    if (value !== undefined && !(Number.isFinite(value) && value >= 0)) {
      throw new Error(`${where}: filter.${key} must be a finite number >= 0, got ${value}`);
    }
  }
  const max = filter.maxHoldings;
  if (max !== undefined && !(Number.isInteger(max) && max >= 1)) {
    throw new Error(`${where}: filter.maxHoldings must be a positive integer, got ${max}`);
  }
}
