import { describe, expect, test } from "vitest";
import {
  bucketLabel,
  bucketRange,
  decileBuckets,
  krxBuckets,
  parseBucketList,
  sweepBuckets,
  type BucketSpec,
} from "@/lib/backtest";

const pct = (from: number, to: number): BucketSpec => ({ kind: "percentile", from, to });

describe("bucket lists", () => {
  test("sweep: 19 windows, centre ± 0.05, clipped to [0, 1]", () => {
    const sweep = sweepBuckets();
    expect(sweep).toHaveLength(19);
    // centre 0.05 → [0, 0.1); centre 0.10 → [0.05, 0.15) (the study's "10%" point); centre 0.95 → [0.9, 1]
    expect(sweep[0]).toEqual(pct(0, 0.1));
    expect(sweep[1]).toEqual(pct(0.05, 0.15));
    expect(sweep[18]).toEqual(pct(0.9, 1));
    sweep.forEach((b, i) => {
      if (b.kind !== "percentile") throw new Error("sweep buckets are percentile buckets");
      expect((b.from + b.to) / 2).toBeCloseTo((i + 1) * 0.05, 12);
    });
  });

  test("deciles share their edges", () => {
    const deciles = decileBuckets();
    expect(deciles).toHaveLength(10);
    expect(deciles[0]).toEqual(pct(0, 0.1));
    expect(deciles[9]).toEqual(pct(0.9, 1));
    deciles.slice(1).forEach((b, i) => {
      const previous = deciles[i];
      if (b.kind !== "percentile" || previous?.kind !== "percentile") throw new Error("percentile deciles");
      expect(b.from).toBe(previous.to);
    });
  });

  test("KRX classes: ranks 1–100, 101–300, 301+", () => {
    expect(krxBuckets()).toEqual([
      { kind: "rank", fromRank: 1, toRank: 100 },
      { kind: "rank", fromRank: 101, toRank: 300 },
      { kind: "rank", fromRank: 301, toRank: null },
    ]);
  });

  test.each([
    ["two windows", "0-0.1,0.9-1", [pct(0, 0.1), pct(0.9, 1)]],
    ["spaces and a trailing comma", " 0.25 - 0.5 , ", [pct(0.25, 0.5)]],
    ["leading-dot decimals", ".1-.2", [pct(0.1, 0.2)]],
  ])("parseBucketList: %s", (_label, text, expected) => {
    expect(parseBucketList(text)).toEqual(expected);
  });

  test.each([
    ["empty text", "", /no buckets/],
    ["not a range", "0.1", /is not "from-to"/],
    ["from >= to", "0.5-0.5", /0 <= from < to <= 1/],
    ["to above 1", "0.9-1.1", /0 <= from < to <= 1/],
    ["a negative number", "-0.1-0.2", /is not "from-to"/],
  ])("parseBucketList throws on %s", (_label, text, message) => {
    expect(() => parseBucketList(text)).toThrow(message);
  });

  test.each([
    ["percentile", pct(0.05, 0.15), "5–15%"],
    ["last decile", pct(0.9, 1), "90–100%"],
    ["half a percent", pct(0, 0.005), "0–0.5%"],
    ["closed rank range", { kind: "rank", fromRank: 101, toRank: 300 } as const, "ranks 101–300"],
    ["open rank range", { kind: "rank", fromRank: 301, toRank: null } as const, "ranks 301+"],
  ])("bucketLabel: %s", (_label, bucket, expected) => {
    expect(bucketLabel(bucket)).toBe(expected);
  });
});

describe("bucketRange (p = (rank − 0.5) / N, member when from <= p < to, 1e-12 tolerance)", () => {
  test.each([
    // N = 10: p = 0.05, 0.15, 0.25, … → [0.1, 0.3) holds ranks 2, 3 = positions [1, 3)
    ["inner window", pct(0.1, 0.3), 10, [1, 3]],
    // N = 5: p = 0.1, 0.3, 0.5, 0.7, 0.9; p = 0.1 equals from → in; p = 0.3 equals to → out
    ["p on both edges", pct(0.1, 0.3), 5, [0, 1]],
    // from 1e-13 above p = 0.1: within tolerance, so p counts as equal to from → rank 1 still in
    ["p 1e-13 below from", pct(0.1 + 1e-13, 0.5), 5, [0, 2]],
    // from 2e-12 above p = 0.1: outside tolerance → rank 1 out
    ["p 2e-12 below from", pct(0.1 + 2e-12, 0.5), 5, [1, 2]],
    // to 1e-13 above p = 0.3: within tolerance, so p = to → rank 2 out
    ["p 1e-13 below to", pct(0, 0.3 + 1e-13), 5, [0, 1]],
    // to 2e-12 above p = 0.3: p < to → rank 2 in
    ["p 2e-12 below to", pct(0, 0.3 + 2e-12), 5, [0, 2]],
    // to = 1 holds the smallest security: p = 0.9 < 1
    ["to = 1", pct(0.9, 1), 5, [4, 5]],
    // N = 1: p = 0.5
    ["single security, whole market", pct(0, 1), 1, [0, 1]],
    ["empty universe", pct(0, 1), 0, [0, 0]],
    ["ranks 101–300 of 250", { kind: "rank", fromRank: 101, toRank: 300 } as const, 250, [100, 250]],
    ["ranks 301+ of 250", { kind: "rank", fromRank: 301, toRank: null } as const, 250, [250, 250]],
    ["ranks 1–100 of 1000", { kind: "rank", fromRank: 1, toRank: 100 } as const, 1000, [0, 100]],
  ])("%s", (_label, bucket, n, expected) => {
    expect(bucketRange(bucket, n)).toEqual(expected);
  });
});
