import { PANEL_FLAG, type Panel } from "./panel";
import { sortByCapDescending } from "./rank-sort";
import type { UniverseFilter } from "./types";

/** The eligible universe at one rebalance date, ranked largest first. */
export type RankedUniverse = {
  /** Security indices (into `Panel.ids`) by market cap descending, ties by id ascending. */
  order: Int32Array;
  /** Market cap at t, aligned with `order`. */
  caps: Float64Array;
};

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
  if (!(Number.isInteger(d) && d >= 0 && d < panel.dates.length)) {
    throw new Error(`rankUniverse: date index ${d} is outside the panel`);
  }
  const n = panel.ids.length;
  const base = d * n;
  const excluded = PANEL_FLAG.DELISTED | (filter.includePreferred ? 0 : PANEL_FLAG.PREFERRED);
  const minCap = filter.minMarketCap ?? 0;
  const minTrading = filter.minTradingValue;
  const tradingValue = panel.tradingValue;
  const order = new Int32Array(n);
  const caps = new Float64Array(n);
  let count = 0;
  for (let s = 0; s < n; s++) {
    const cap = panel.marketCap[base + s] ?? NaN;
    if (!(cap > 0 && cap >= minCap)) continue;
    if ((panel.flags[base + s] ?? 0) & excluded) continue;
    if (minTrading !== undefined && !((tradingValue?.[base + s] ?? NaN) >= minTrading)) continue;
    order[count] = s;
    caps[count++] = cap;
  }
  // Ascending ids in, so equal caps stay in id order (sortByCapDescending is stable).
  sortByCapDescending(order.subarray(0, count), caps.subarray(0, count));
  const kept = Math.min(count, filter.maxHoldings ?? count);
  return { order: order.subarray(0, kept), caps: caps.subarray(0, kept) };
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
