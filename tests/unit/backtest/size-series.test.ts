import fc from "fast-check";
import { expect, test } from "vitest";
import { newSeriesState, stepSeries, type SeriesStep } from "@/lib/backtest/series-step";
import { newBucketState, STEP_LENGTH, stepBucket, type RankedArrays } from "@/lib/backtest/size-series";

// stepBucket steps a bucket's cap, equal and sqrt series in one loop and finds old weights through the
// previous window's rank positions; stepSeries (series-step.ts) steps one series, looking old weights up
// by security. These tests pin that the two give the same numbers, bit for bit, window after window.

const SECURITIES = 8;

type Window = { ids: number[]; caps: number[]; returns: number[]; alive: number[]; lo: number; hi: number };

/** A window: a universe of distinct securities in rank order, NaN returns (dropped), exits, a rank range. */
const windowArb: fc.Arbitrary<Window> = fc
  .uniqueArray(fc.integer({ min: 0, max: SECURITIES - 1 }), { maxLength: SECURITIES })
  .chain((ids) => {
    const perMember = { minLength: ids.length, maxLength: ids.length };
    return fc.record({
      ids: fc.constant(ids),
      // Quotients by primes, so products and sums round (a reordered expression would show).
      caps: fc.array(fc.integer({ min: 1, max: 1_000_000 }).map((x) => x / 997), perMember),
      // NaN is dropped; −1 and −2 let a bucket lose everything (1 + R <= 0), which empties its series.
      returns: fc.array(
        fc.oneof(
          { arbitrary: fc.integer({ min: -1013, max: 2026 }).map((x) => x / 1013), weight: 8 },
          { arbitrary: fc.constantFrom(NaN, -2), weight: 1 },
        ),
        perMember,
      ),
      alive: fc.array(fc.integer({ min: 0, max: 3 }).map((x) => (x === 0 ? 0 : 1)), perMember),
      lo: fc.integer({ min: 0, max: ids.length }),
      hi: fc.integer({ min: 0, max: ids.length }),
    });
  })
  // Only a member with a return can be alive; lo <= hi.
  .map((w) => ({
    ...w,
    alive: w.alive.map((a, k) => (Number.isNaN(w.returns[k]) ? 0 : a)),
    lo: Math.min(w.lo, w.hi),
    hi: Math.max(w.lo, w.hi),
  }));

/** The arrays stepBucket reads for `w`, linked to the window before as the back-test links them. */
function rankedArrays(w: Window, before: Window | null): RankedArrays {
  const slots = SECURITIES + 1;
  const arrays = {
    returns: new Float64Array(slots),
    alive: new Uint8Array(slots),
    cap: new Float64Array(slots),
    sqrt: new Float64Array(slots),
    previous: new Int32Array(slots),
  };
  w.ids.forEach((s, k) => {
    arrays.returns[k] = w.returns[k] ?? 0;
    arrays.alive[k] = w.alive[k] ?? 0;
    arrays.cap[k] = w.caps[k] ?? 0;
    arrays.sqrt[k] = Math.sqrt(w.caps[k] ?? 0);
    const p = before ? before.ids.indexOf(s) : -1;
    arrays.previous[k] = p >= 0 && before?.alive[p] === 1 ? p : SECURITIES;
  });
  return arrays;
}

test("a bucket's three weightings step as three series stepped one by one", () => {
  fc.assert(
    fc.property(fc.array(windowArb, { minLength: 1, maxLength: 5 }), fc.constantFrom(0, 0.001, 0.05), (windows, cost) => {
      const series = [newSeriesState(SECURITIES), newSeriesState(SECURITIES), newSeriesState(SECURITIES)];
      const state = newBucketState();
      const out = new Float64Array(STEP_LENGTH);
      let before: Window | null = null;
      let beforeArrays = rankedArrays({ ids: [], caps: [], returns: [], alive: [], lo: 0, hi: 0 }, null);
      for (const w of windows) {
        const window = {
          ids: Int32Array.from(w.ids),
          returns: Float64Array.from(w.returns),
          alive: Uint8Array.from(w.alive),
        };
        const raws = [Float64Array.from(w.caps), Float64Array.from(w.caps, () => 1), Float64Array.from(w.caps, Math.sqrt)];
        const expected = series.map(
          (state, i): SeriesStep => stepSeries(state, raws[i] ?? new Float64Array(0), window, w.lo, w.hi, cost),
        );
        const arrays = rankedArrays(w, before);
        stepBucket(state, arrays, beforeArrays, w.lo, w.hi, cost, out);
        // The drift sum is where the next window's turnover starts.
        const got = [0, 1, 2].map((i) => ({ net: out[i], turnover: out[3 + i], holdings: out[6], drift: state[5 * i + 4] }));
        expect(got).toEqual(
          expected.map(({ net, turnover, holdings }, i) => ({ net, turnover, holdings, drift: series[i]?.driftSum })),
        );
        before = w;
        beforeArrays = arrays;
      }
    }),
    { numRuns: 300 },
  );
});

test("hand-checked first window: the three weightings of caps 4 and 1", () => {
  // raw cap [4, 1] → w = [0.8, 0.2]; equal [0.5, 0.5]; sqrt [2, 1] → [2/3, 1/3]. Returns 0.1, −0.2:
  // R_cap = 0.08 − 0.04 = 0.04, R_equal = 0.05 − 0.1 = −0.05, R_sqrt = 0.0666… − 0.0666… = 0.
  // Turnover 1 (the initial buy) at cost 0.01: net = 0.99 × (1 + R) − 1.
  const w: Window = { ids: [0, 1], caps: [4, 1], returns: [0.1, -0.2], alive: [1, 1], lo: 0, hi: 2 };
  const out = new Float64Array(STEP_LENGTH);
  stepBucket(newBucketState(), rankedArrays(w, null), rankedArrays({ ...w, ids: [] }, null), 0, 2, 0.01, out);
  expect(out[0]).toBeCloseTo(0.99 * 1.04 - 1, 14);
  expect(out[1]).toBeCloseTo(0.99 * 0.95 - 1, 14);
  expect(out[2]).toBeCloseTo(0.99 - 1, 14);
  expect([out[3], out[4], out[5], out[6]]).toEqual([1, 1, 1, 2].map((x) => expect.closeTo(x, 14)));
});
