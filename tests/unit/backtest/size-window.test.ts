import { describe, expect, test } from "vitest";
import {
  buildPanel,
  FATE,
  holdingOutcomes,
  rankUniverse,
  runSizeBacktest,
  sweepBuckets,
  type BucketSpec,
  type SurvivorshipMode,
} from "@/lib/backtest";
import { outcomesOf } from "@/lib/backtest/holding-return";
import { newSeriesState, stepSeries, type RankedWindow } from "@/lib/backtest/series-step";
import { resolveSizeOptions } from "@/lib/backtest/size-backtest-options";
import { loadWindow, newSizeWindow } from "@/lib/backtest/size-window";
import { keptOf, newRanking, rankInto } from "@/lib/backtest/universe";
import { studyRows } from "./rows";

// The back-test reuses one set of arrays for every window and lets series share a scratch array; these
// tests pin that the reuse changes nothing against computing each piece afresh.

const panel = buildPanel(studyRows());
const windowOf = (ids: number[], returns: number[], alive: number[]): RankedWindow => ({
  ids: Int32Array.from(ids),
  returns: Float64Array.from(returns),
  alive: Uint8Array.from(alive),
});

describe("outcomesOf", () => {
  test.each<SurvivorshipMode>(["total_loss", "last_available", "exclude"])(
    "a subset in any order gets the outcomes holdingOutcomes gives those ids (%s)",
    (mode) => {
      const all = holdingOutcomes(panel, 0, 2, mode);
      const ids = Int32Array.from([3, 0, 2]);
      const returns = new Float64Array(3);
      const fate = new Uint8Array(3);
      outcomesOf(panel, ids, 0, 2, mode, returns, fate);
      expect(Array.from(returns)).toEqual(Array.from(ids, (s) => all.returns[s]));
      expect(Array.from(fate)).toEqual(Array.from(ids, (s) => all.fate[s]));
    },
  );
});

describe("rankInto", () => {
  test("ranks into arrays holding an earlier window's values as rankUniverse does afresh", () => {
    const ranking = newRanking(panel.ids.length);
    for (const array of [ranking.eligible, ranking.order]) array.fill(99);
    for (const array of [ranking.eligibleCaps, ranking.caps]) array.fill(-1);
    for (const [d, filter] of [
      [2, {}],
      [0, { maxHoldings: 2 }],
      [0, { includePreferred: true }],
    ] as const) {
      const kept = keptOf(rankInto(panel, d, filter, ranking), filter);
      const fresh = rankUniverse(panel, d, filter);
      expect(Array.from(ranking.order.subarray(0, kept))).toEqual(Array.from(fresh.order));
      expect(Array.from(ranking.caps.subarray(0, kept))).toEqual(Array.from(fresh.caps));
    }
  });
});

describe("series sharing a scratch", () => {
  test("step as they would alone, leave the scratch at 0 and grow past their first holdings", () => {
    const scratch = new Float64Array(6);
    const shared = [newSeriesState(6, scratch), newSeriesState(6, scratch)];
    const alone = [newSeriesState(6), newSeriesState(6)];
    const windows = [
      windowOf([0, 1], [0.1, -0.1], [1, 1]),
      windowOf([2, 0, 1, 3, 4, 5], [0.2, 0, 0.1, -0.3, 0.05, 0.4], [1, 1, 0, 1, 1, 1]),
      windowOf([5, 4, 3, 2, 1, 0], [0.1, 0.1, 0.1, 0.1, 0.1, 0.1], [1, 1, 1, 1, 1, 1]),
    ];
    for (const window of windows) {
      const raw = Float64Array.from(window.ids, (s) => s + 1);
      // Series 0 holds the two largest, series 1 the whole universe.
      const ranges = [
        [0, 2],
        [0, window.ids.length],
      ] as const;
      ranges.forEach(([lo, hi], i) => {
        const a = shared[i];
        const b = alone[i];
        if (!a || !b) throw new Error("missing series");
        expect(stepSeries(a, raw, window, lo, hi, 0.01)).toEqual(stepSeries(b, raw, window, lo, hi, 0.01));
        expect(a.heldCount).toBe(b.heldCount);
        expect(Array.from(a.drift.subarray(0, a.heldCount))).toEqual(Array.from(b.drift.subarray(0, b.heldCount)));
        expect(scratch.every((x) => x === 0)).toBe(true);
      });
    }
    // Series 1 went from 2 holdings to 5 (security 1 stopped in window 2) to 6.
    expect(shared[1]?.heldCount).toBe(6);
  });
});

describe("loadWindow", () => {
  test.each<SurvivorshipMode>(["total_loss", "last_available", "exclude"])(
    "each window reuses the arrays and still matches ranking, outcomes and links computed afresh (%s)",
    (survivorship) => {
      const resolved = resolveSizeOptions({ buckets: sweepBuckets(), weightings: ["cap", "sqrt"], survivorship });
      const first = newSizeWindow(panel.ids.length);
      const second = newSizeWindow(panel.ids.length);
      let before: { order: Int32Array; alive: number[] } = { order: new Int32Array(0), alive: [] };
      ([
        [0, 2],
        [2, 4],
      ] as const).forEach(([from, to], i) => {
        const [shared, other] = i === 0 ? [first, second] : [second, first];
        const count = loadWindow(shared, other, panel, from, to, resolved);
        const universe = rankUniverse(panel, from);
        const outcome = holdingOutcomes(panel, from, to, survivorship);
        const alive = Array.from(universe.order, (s) => (outcome.fate[s] === FATE.ALIVE ? 1 : 0));
        const { ranking, ranked } = shared;
        expect(count).toBe(universe.order.length);
        expect(Array.from(ranking.order.subarray(0, count))).toEqual(Array.from(universe.order));
        expect(Array.from(ranked.returns.subarray(0, count))).toEqual(Array.from(universe.order, (s) => outcome.returns[s]));
        expect(Array.from(ranked.alive.subarray(0, count))).toEqual(alive);
        expect(Array.from(ranked.sqrt.subarray(0, count))).toEqual(Array.from(universe.caps, Math.sqrt));
        // A member links to its rank position in the window before when it was alive there, else to the last slot.
        const links = Array.from(universe.order, (s) => {
          const p = before.order.indexOf(s);
          return p >= 0 && before.alive[p] === 1 ? p : panel.ids.length;
        });
        expect(Array.from(ranked.previous.subarray(0, count))).toEqual(links);
        expect(links.some((p) => p < panel.ids.length) || i === 0).toBe(true);
        before = { order: universe.order, alive };
      });
    },
  );
});

describe("deciles shared with the sweep's end buckets", () => {
  test("give the same extremes as deciles stepped on their own", () => {
    const middle: BucketSpec = { kind: "percentile", from: 0.4, to: 0.6 };
    // A cost that depends on the bucket, so the deciles and the end buckets must agree on it to share.
    const costBps = (bucket: BucketSpec) => (bucket.kind === "percentile" ? 10 + 100 * bucket.from : 0);
    const swept = runSizeBacktest(panel, { buckets: sweepBuckets(), weightings: ["cap", "equal", "sqrt"], costBps });
    const alone = runSizeBacktest(panel, { buckets: [middle], weightings: ["cap", "equal", "sqrt"], costBps });
    expect(swept.extremes).toEqual(alone.extremes);
  });
});
