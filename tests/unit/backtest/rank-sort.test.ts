import fc from "fast-check";
import { expect, test } from "vitest";
import { newCapKeys, sortByCapDescending } from "@/lib/backtest/rank-sort";

/** Ranks caps (ids ascending, here every third index) and returns the order with its caps. */
function rank(values: readonly number[]) {
  const n = values.length;
  const ids = Int32Array.from(values, (_, i) => i * 3);
  const order = new Int32Array(n);
  const caps = new Float64Array(n);
  sortByCapDescending(newCapKeys(n), n, ids, Float64Array.from(values), order, caps);
  return { order: Array.from(order), caps: Array.from(caps) };
}

/** The definition, by a comparator sort: cap descending, ties by id ascending. */
function expected(values: readonly number[]) {
  const byRank = values.map((_, i) => i).sort((a, b) => (values[b] ?? 0) - (values[a] ?? 0) || a - b);
  return { order: byRank.map((i) => i * 3), caps: byRank.map((i) => values[i]) };
}

test("sorts by cap descending, ties by id ascending", () => {
  expect(rank([5, 9, 5, 1e-300])).toEqual({ order: [3, 0, 6, 9], caps: [9, 5, 5, 1e-300] });
});

test.each([
  ["no securities", []],
  ["one security", [7]],
  ["all equal", [2, 2, 2, 2, 2]],
  ["the largest and smallest doubles", [Number.MAX_VALUE, Number.MIN_VALUE, 1]],
])("%s", (_label, values) => {
  expect(rank(values)).toEqual(expected(values));
});

test("agrees with a comparator sort", () => {
  fc.assert(
    fc.property(
      fc.array(fc.oneof(fc.integer({ min: 1, max: 20 }), fc.double({ min: 1e-6, max: 1e12, noNaN: true })), {
        maxLength: 300,
      }),
      (values) => {
        expect(rank(values)).toEqual(expected(values));
      },
    ),
  );
});

test("orders caps that differ only in the bits the index takes, as a comparator sort", () => {
  // 1e9 + k ulps (an ulp of 1e9 is 2⁻²³): the 300 keys need 9 index bits, so caps a few ulps apart share
  // every other bit and sort by index until repaired. Ids descend as the caps grow, the worst case.
  const ulp = 2 ** -23;
  const values = Array.from({ length: 300 }, (_, i) => 1e9 + ((i * 37) % 50) * ulp);
  expect(new Set(values).size).toBe(50);
  expect(rank(values)).toEqual(expected(values));
  const rising = Array.from({ length: 300 }, (_, i) => 1e9 + i * ulp);
  expect(rank(rising)).toEqual(expected(rising));
});
