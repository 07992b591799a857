import fc from "fast-check";
import { expect, test } from "vitest";
import { sortByCapDescending } from "@/lib/backtest/rank-sort";

test("sorts by cap descending, ties by id ascending", () => {
  const ids = Int32Array.from([0, 1, 2, 3]);
  const caps = Float64Array.from([5, 9, 5, 1e-300]);
  sortByCapDescending(ids, caps);
  expect(Array.from(ids)).toEqual([1, 0, 2, 3]);
  expect(Array.from(caps)).toEqual([9, 5, 5, 1e-300]);
});

test("agrees with a comparator sort", () => {
  fc.assert(
    fc.property(
      fc.array(fc.oneof(fc.integer({ min: 1, max: 20 }), fc.double({ min: 1e-6, max: 1e12, noNaN: true })), {
        maxLength: 300,
      }),
      (values) => {
        const ids = Int32Array.from(values, (_, i) => i * 3);
        const caps = Float64Array.from(values);
        const expected = Array.from(ids).sort((a, b) => (values[b / 3] ?? 0) - (values[a / 3] ?? 0) || a - b);
        sortByCapDescending(ids, caps);
        expect(Array.from(ids)).toEqual(expected);
        expect(Array.from(caps)).toEqual(expected.map((id) => values[id / 3]));
      },
    ),
  );
});

test("orders a long run of caps that differ only in their low bits, with ties, as a comparator sort", () => {
  // 1e9 + a multiple of 0.5 below 25: all within 2⁻²⁰ of each other, so their high 32 bits mostly tie.
  const values = Array.from({ length: 200 }, (_, i) => 1e9 + ((i * 37) % 50) * 0.5);
  const ids = Int32Array.from(values, (_, i) => i);
  const caps = Float64Array.from(values);
  const expected = values.map((_, i) => i).sort((a, b) => (values[b] ?? 0) - (values[a] ?? 0) || a - b);
  sortByCapDescending(ids, caps);
  expect(Array.from(ids)).toEqual(expected);
});

test.each([
  ["a cap of 0", [0, 1], [1, 0], /cap 0 at 1 is not a finite number > 0/],
  ["descending ids", [2, 1], [1, 2], /strictly ascending/],
  ["a length mismatch", [0], [1, 2], /1 ids but 2 caps/],
])("throws on %s", (_label, ids, caps, message) => {
  expect(() => sortByCapDescending(Int32Array.from(ids), Float64Array.from(caps))).toThrow(message);
});
