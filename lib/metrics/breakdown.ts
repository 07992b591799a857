import type { Constituent } from "../market/types";
import { type BreakdownEntry, type Metric, notAvailable, ok } from "./types";

/**
 * Weight and count per group (country or sector): weight(g) = Σ wᵢ over constituents in g, with weights
 * renormalised to sum to 1, so the entries sum to 1. Constituents with no group go to the `null` entry
 * rather than being dropped, so the breakdown still adds up and shows how much is unclassified.
 * Sorted by weight descending, ties by key ascending (null last) so the order is deterministic.
 *
 * @returns "empty_snapshot" / "zero_total_weight" when there are no weights to split, "no_known_values" when
 *   no constituent has a group (the file has no such column).
 * @example groups US 0.5, JP 0.3, US 0.2 → [{ key: "US", weight: 0.7, count: 2 }, { key: "JP", weight: 0.3, count: 1 }]
 */
export function weightBreakdown(
  constituents: readonly Constituent[],
  weights: Float64Array | null,
  groupOf: (c: Constituent) => string | null,
): Metric<readonly BreakdownEntry[]> {
  if (constituents.length === 0) return notAvailable("empty_snapshot");
  if (weights === null) return notAvailable("zero_total_weight");
  const groups = new Map<string | null, BreakdownEntry>();
  constituents.forEach((c, i) => {
    // An empty or blank label is as unknown as a missing one.
    const key = groupOf(c)?.trim() || null;
    const entry = groups.get(key) ?? { key, weight: 0, count: 0 };
    groups.set(key, { key, weight: entry.weight + weights[i]!, count: entry.count + 1 });
  });
  if (groups.size === 1 && groups.has(null)) return notAvailable("no_known_values");
  const entries = [...groups.values()].sort(
    (a, b) => b.weight - a.weight || compareKeys(a.key, b.key),
  );
  return ok(entries);
}

function compareKeys(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
