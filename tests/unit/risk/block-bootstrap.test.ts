import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { blockSampler } from "@/lib/risk";

/** `paths` paths of `months` indices each, drawn one after another from one sampler. */
function draw(seed: number, history: number, meanBlockLength: number, paths: number, months: number): Int32Array[] {
  const sample = blockSampler(seed, history, meanBlockLength);
  return Array.from({ length: paths }, () => {
    const out = new Int32Array(months);
    sample(out);
    return out;
  });
}

describe("blockSampler: the stationary bootstrap's blocks", () => {
  test("a new block starts with probability 1/L: the share of breaks in the run of consecutive months", () => {
    // With 100,000 history months a new block lands on the next month only 1 time in 100,000, so nearly
    // every new block shows as a break. 2,000 paths × 359 steps = 718,000 steps; the share of breaks is
    // 1/12 within 4 standard errors, 4 √((1/12)(11/12)/718,000) = 0.0013.
    const paths = draw(3, 100_000, 12, 2000, 360);
    let breaks = 0;
    for (const path of paths) for (let k = 1; k < path.length; k++) if (path[k] !== (path[k - 1]! + 1) % 100_000) breaks++;
    expect(Math.abs(breaks / (2000 * 359) - 1 / 12)).toBeLessThan(0.0013);
  });

  test("blocks continue into the next month and wrap from the last month to the first", () => {
    // A mean block of 10^9 months: in these 50 × 30 steps a new block is expected 1.5 · 10^−6 times.
    for (const path of draw(5, 7, 1e9, 50, 30)) {
      path.forEach((index, k) => expect(index).toBe((path[0]! + k) % 7));
    }
  });

  test("block length 1: every month an independent uniform draw (each of 4 months about a quarter of the time)", () => {
    // 200 × 100 = 20,000 draws; a share of 1/4 within 4 standard errors, 4 √(0.25 · 0.75 / 20,000) = 0.0122.
    const counts = [0, 0, 0, 0];
    for (const path of draw(9, 4, 1, 200, 100)) for (const index of path) counts[index]!++;
    for (const count of counts) expect(Math.abs(count / 20_000 - 0.25)).toBeLessThan(0.0122);
  });

  test("the first month of every path is uniform over the history (first month of 3 about a third of the time)", () => {
    // 30,000 paths; 1/3 within 4 standard errors, 4 √((1/3)(2/3)/30,000) = 0.0109.
    const firsts = draw(13, 3, 12, 30_000, 2).map((path) => path[0]!);
    expect(Math.abs(firsts.filter((i) => i === 0).length / 30_000 - 1 / 3)).toBeLessThan(0.0109);
  });

  test("a history of one month gives that month throughout", () => {
    expect(draw(1, 1, 12, 3, 24).every((path) => path.every((i) => i === 0))).toBe(true);
  });

  test("the same seed gives the same paths, and the first n paths do not depend on how many follow", () => {
    const ten = draw(21, 300, 12, 10, 360);
    const twenty = draw(21, 300, 12, 20, 360);
    expect(twenty.slice(0, 10)).toEqual(ten);
  });

  test("different seeds give different paths", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 2, max: 400 }), (a, b, history) => {
        fc.pre(a !== b);
        // 360 months over at least 2 history months: equal paths would take ~2^−30 luck at the very least.
        expect(draw(a, history, 12, 1, 360)[0]).not.toEqual(draw(b, history, 12, 1, 360)[0]);
      }),
      { seed: 20261129, numRuns: 100 },
    );
  });

  test.each([
    ["a negative seed", -1, 10, 12, /seed/],
    ["a seed of 2^32", 2 ** 32, 10, 12, /seed/],
    ["a fractional seed", 1.5, 10, 12, /seed/],
    ["an empty history", 1, 0, 12, /history/],
    ["a block below one month", 1, 10, 0.9, /mean block length/],
    ["an infinite block", 1, 10, Number.POSITIVE_INFINITY, /mean block length/],
  ])("refuses %s", (_label, seed, history, length, message) => {
    expect(() => blockSampler(seed, history, length)).toThrow(message);
  });
});
