import type { SleeveRebalance } from "./sleeve-types";

/**
 * Whether the portfolio goes back to its targets at the end of `month` (YYYY-MM), given the weights
 * it has drifted to. Quarterly = after March, June, September and December (calendar quarters, as
 * index providers rebalance); annual = after December; band = when any |wᵢ − targetᵢ| > band
 * (strictly: a drift of exactly the band is still inside it).
 *
 * @example isRebalanceDue({ kind: "band", band: 0.05 }, "2020-03", [0.56, 0.44], [0.5, 0.5]) → true
 */
export function isRebalanceDue(
  rule: SleeveRebalance,
  month: string,
  weights: Float64Array,
  targets: Float64Array,
): boolean {
  const calendarMonth = Number(month.slice(5, 7));
  switch (rule.kind) {
    case "monthly":
      return true;
    case "quarterly":
      return calendarMonth % 3 === 0;
    case "annual":
      return calendarMonth === 12;
    case "never":
      return false;
    case "band":
      return weights.some((w, i) => Math.abs(w - (targets[i] ?? 0)) > rule.band);
  }
}

/**
 * Checks a rebalance rule before simulating.
 *
 * @throws naming the caller if the kind is unknown or a band is not in (0, 1).
 */
export function assertRebalanceRule(rule: SleeveRebalance, where: string): void {
  switch (rule.kind) {
    case "monthly":
    case "quarterly":
    case "annual":
    case "never":
      return;
    case "band":
      if (!(rule.band > 0 && rule.band < 1)) throw new Error(`${where}: band must be in (0, 1), got ${rule.band}`);
      return;
    default:
      throw new Error(`${where}: unknown rebalance rule ${JSON.stringify(rule)}`);
  }
}
