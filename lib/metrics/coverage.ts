import type { Constituent } from "../market/types";
import { type Coverage, type Metric, notAvailable, ok } from "./types";

/**
 * The known values of one optional column, with how much of the index they cover. Constituents whose
 * value is null are unknown, not zero, so they leave the denominator and the coverage says so.
 */
export function knownValues<T>(
  constituents: readonly Constituent[],
  weights: Float64Array | null,
  pick: (c: Constituent) => T | null | undefined,
): { values: T[]; weights: number[]; coverage: Coverage } {
  const values: T[] = [];
  const known: number[] = [];
  constituents.forEach((c, i) => {
    const v = pick(c);
    if (v === null || v === undefined) return;
    values.push(v);
    known.push(weights?.[i] ?? 0);
  });
  const coveredWeight = known.reduce((sum, w) => sum + w, 0);
  return { values, weights: known, coverage: { covered: values.length, total: constituents.length, coveredWeight } };
}

function analystCounts(constituents: readonly Constituent[], weights: Float64Array | null, hasAnalysts: boolean) {
  if (!hasAnalysts) return { missing: "no_analysts_column" as const };
  const known = knownValues(constituents, weights, (c) => c.analysts);
  for (const n of known.values) {
    if (!Number.isFinite(n) || n < 0) throw new RangeError(`analystCoverage: analysts must be >= 0, got ${n}`);
  }
  return known.values.length === 0 ? { missing: "no_known_values" as const } : known;
}

/**
 * Mean and median number of analysts per constituent (domain.md §3), over constituents with a known count.
 * The median of an even count is the mean of the two middle values (the usual convention, so the median
 * of [4, 6] is 5 rather than an arbitrary pick of either).
 *
 * @throws RangeError when an analyst count is negative or not finite.
 * @example analystCoverage([{ analysts: 2 }, { analysts: 4 }, { analysts: 9 }, { analysts: null }], w, true)
 *   // mean (2 + 4 + 9) / 3 = 5, median 4, coverage 3 of 4
 */
export function analystCoverage(
  constituents: readonly Constituent[],
  weights: Float64Array | null,
  hasAnalysts: boolean,
): { mean: Metric; median: Metric } {
  const known = analystCounts(constituents, weights, hasAnalysts);
  if ("missing" in known) return { mean: notAvailable(known.missing), median: notAvailable(known.missing) };
  const sorted = [...known.values].sort((a, b) => a - b);
  const n = sorted.length;
  const mean = sorted.reduce((sum, v) => sum + v, 0) / n;
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { mean: ok(mean, known.coverage), median: ok(median, known.coverage) };
}
