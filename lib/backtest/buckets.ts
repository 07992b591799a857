import type { BucketSpec } from "./types";

/**
 * The study's size sweep (domain.md §2 "Size sweep"): centres 0.05, 0.10, …, 0.95, each ± 0.05,
 * clipped to [0, 1]. The point at 10% is the bucket [0.05, 0.15).
 * Boundaries are k/20 rather than centre ± 0.05 so overlapping buckets share bit-identical edges; the
 * end buckets [0, 0.1) and [0.9, 1] are already the clipped ones.
 *
 * @example sweepBuckets()[1] → { kind: "percentile", from: 0.05, to: 0.15 }
 */
export function sweepBuckets(): BucketSpec[] {
  return Array.from({ length: 19 }, (_, i) => ({
    kind: "percentile" as const,
    from: i / 20,
    to: (i + 2) / 20,
  }));
}

/**
 * Ten deciles [0, 0.1), [0.1, 0.2), …, [0.9, 1]; they partition every universe because the
 * upper edge of one is the lower edge of the next (both computed as k/10).
 *
 * @example decileBuckets()[9] → { kind: "percentile", from: 0.9, to: 1 }
 */
export function decileBuckets(): BucketSpec[] {
  return Array.from({ length: 10 }, (_, i) => ({ kind: "percentile" as const, from: i / 10, to: (i + 1) / 10 }));
}

/**
 * Korea Exchange size classes (domain.md §2 "Size classes"): ranks 1–100 large, 101–300 mid, 301+ small.
 *
 * @example krxBuckets()[2] → { kind: "rank", fromRank: 301, toRank: null }
 */
export function krxBuckets(): BucketSpec[] {
  return [
    { kind: "rank", fromRank: 1, toRank: 100 },
    { kind: "rank", fromRank: 101, toRank: 300 },
    { kind: "rank", fromRank: 301, toRank: null },
  ];
}

const RANGE = /^\s*(\d*\.?\d+)\s*-\s*(\d*\.?\d+)\s*$/;

/**
 * Parses a comma-separated list of percentile windows "from-to" (decimals in [0, 1]).
 *
 * @throws if the text is empty, an item is not "from-to", or 0 <= from < to <= 1 does not hold.
 * @example parseBucketList("0-0.1,0.9-1") → [{ kind: "percentile", from: 0, to: 0.1 }, { …, from: 0.9, to: 1 }]
 */
export function parseBucketList(text: string): BucketSpec[] {
  const items = text.split(",").filter((item) => item.trim() !== "");
  if (items.length === 0) throw new Error("parseBucketList: no buckets given");
  return items.map((item) => {
    const match = RANGE.exec(item);
    if (!match) throw new Error(`parseBucketList: "${item.trim()}" is not "from-to", e.g. "0-0.1"`);
    const from = Number(match[1]);
    const to = Number(match[2]);
    if (!(from >= 0 && from < to && to <= 1)) {
      throw new Error(`parseBucketList: "${item.trim()}" must satisfy 0 <= from < to <= 1`);
    }
    return { kind: "percentile", from, to };
  });
}

/**
 * Short display label: percentiles as "5–15%", ranks as "ranks 1–100" or "ranks 301+".
 *
 * @example bucketLabel({ kind: "percentile", from: 0.9, to: 1 }) → "90–100%"
 */
export function bucketLabel(bucket: BucketSpec): string {
  switch (bucket.kind) {
    case "percentile":
      return `${percent(bucket.from)}–${percent(bucket.to)}%`;
    case "rank":
      return bucket.toRank === null
        ? `ranks ${bucket.fromRank}+`
        : `ranks ${bucket.fromRank}–${bucket.toRank}`;
  }
}

/** Percent with up to two decimals and no float noise (0.15 → "15", 0.005 → "0.5"). */
function percent(fraction: number): string {
  return String(Math.round(fraction * 10000) / 100);
}
