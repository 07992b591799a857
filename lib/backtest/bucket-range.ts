import type { BucketSpec } from "./types";

/** Distance within which a percentile counts as equal to a bucket boundary (domain.md §3 "Ranks"). */
export const BOUNDARY_TOLERANCE = 1e-12;

/**
 * The members of a bucket in a universe of `n` securities ranked largest first, as a half-open range
 * [lo, hi) of 0-based rank positions (rank = position + 1).
 *
 * Percentile buckets use p = (rank − 0.5) / N and hold from <= p < to, where a p within 1e-12 of a
 * boundary counts as equal to it: member ⇔ p >= from − 1e-12 and p < to − 1e-12. Because p <= 1 − 0.5/N,
 * a bucket with to = 1 always holds the smallest security. Rank buckets hold ranks fromRank…toRank
 * inclusive (toRank null = to the end), clipped to the universe.
 *
 * @throws if the spec is malformed (see {@link assertBucketSpec}).
 * @example bucketRange({ kind: "percentile", from: 0.1, to: 0.3 }, 10) → [1, 3]
 *   (p of ranks 1–4 is 0.05, 0.15, 0.25, 0.35: ranks 2 and 3 are in)
 */
export function bucketRange(bucket: BucketSpec, n: number): [number, number] {
  switch (bucket.kind) {
    case "percentile":
      return [
        firstRankAtOrAbove(bucket.from - BOUNDARY_TOLERANCE, n),
        firstRankAtOrAbove(bucket.to - BOUNDARY_TOLERANCE, n),
      ];
    case "rank": {
      const lo = Math.min(bucket.fromRank - 1, n);
      const hi = bucket.toRank === null ? n : Math.min(bucket.toRank, n);
      return [lo, Math.max(lo, hi)];
    }
  }
}

/**
 * Smallest position k with (k + 1 − 0.5) / n >= x, by binary search over the very expression that
 * defines p, so the boundary test is exactly the documented one (no algebraic rearrangement).
 */
function firstRankAtOrAbove(x: number, n: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((mid + 1 - 0.5) / n >= x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Checks a bucket: percentile needs 0 <= from < to <= 1; rank needs integers 1 <= fromRank <= toRank.
 *
 * @throws naming the caller, e.g. "runSizeBacktest: bucket 2 needs 0 <= from < to <= 1".
 */
export function assertBucketSpec(bucket: BucketSpec, where: string): void {
  switch (bucket.kind) {
    case "percentile":
      if (!(bucket.from >= 0 && bucket.from < bucket.to && bucket.to <= 1)) {
        throw new Error(`${where} needs 0 <= from < to <= 1, got [${bucket.from}, ${bucket.to})`);
      }
      return;
    case "rank": {
      const { fromRank, toRank } = bucket;
      const toOk = toRank === null || (Number.isInteger(toRank) && toRank >= fromRank);
      if (!(Number.isInteger(fromRank) && fromRank >= 1 && toOk)) {
        throw new Error(`${where} needs integer ranks 1 <= fromRank <= toRank, got ${fromRank}–${toRank}`);
      }
      return;
    }
  }
}
