import { expect, test } from "vitest";
import { newSeriesState, stepSeries, type RankedWindow } from "@/lib/backtest/series-step";

const windowOf = (ids: number[], returns: number[], alive: number[]): RankedWindow => ({
  ids: Int32Array.from(ids),
  returns: Float64Array.from(returns),
  alive: Uint8Array.from(alive),
});

test("first window: weights 0.5/0.5, turnover 1, cost paid before growth", () => {
  const state = newSeriesState(3);
  // R = 0.5 × 0.1 + 0.5 × (−0.1) = 0; net = (1 − 1 × 0.001) × 1 − 1 = −0.001
  const step = stepSeries(state, Float64Array.from([1, 1]), windowOf([0, 1], [0.1, -0.1], [1, 1]), 0, 2, 0.001);
  expect(step.gross).toBeCloseTo(0, 12);
  expect(step.turnover).toBeCloseTo(1, 12);
  expect(step.net).toBeCloseTo(-0.001, 12);
  expect(step.holdings).toBe(2);
  // drift: 0.5 × 1.1 = 0.55 and 0.5 × 0.9 = 0.45 (R = 0)
  expect(Array.from(state.drift)).toEqual([0.55, 0.45, 0].map((x) => expect.closeTo(x, 12)));
});

test("turnover sells what left the bucket and buys what joined", () => {
  const state = newSeriesState(3);
  stepSeries(state, Float64Array.from([1, 1]), windowOf([0, 1], [0.1, -0.1], [1, 1]), 0, 2, 0);
  // new bucket: securities 1 and 2 at 0.5 each; drifted old 0.55 (sec 0), 0.45 (sec 1)
  // turnover = |0 − 0.55| + |0.5 − 0.45| + |0.5 − 0| = 1.1
  const step = stepSeries(state, Float64Array.from([1, 1]), windowOf([1, 2], [0, 0], [1, 1]), 0, 2, 0.01);
  expect(step.turnover).toBeCloseTo(1.1, 12);
  // net = (1 − 1.1 × 0.01) × 1 − 1 = −0.011
  expect(step.net).toBeCloseTo(-0.011, 12);
});

test("an empty bucket holds cash: return 0 before costs, selling the old holdings still costs", () => {
  const state = newSeriesState(2);
  stepSeries(state, Float64Array.from([1]), windowOf([0], [0], [1]), 0, 1, 0);
  // nothing in [0, 0): turnover = sell the old 100% → net = (1 − 1 × 0.01) − 1 = −0.01
  const step = stepSeries(state, Float64Array.from([1]), windowOf([0], [0], [1]), 0, 0, 0.01);
  expect(step).toEqual({ gross: 0, holdings: 0, turnover: 1, net: expect.closeTo(-0.01, 12) });
});

test("exits and stopped holdings end as cash, not as a holding to sell", () => {
  const state = newSeriesState(2);
  // security 0 exits (+20%), security 1 alive (0%): only security 1 drifts: 0.5 / 1.1 = 0.454545
  stepSeries(state, Float64Array.from([1, 1]), windowOf([0, 1], [0.2, 0], [0, 1]), 0, 2, 0);
  expect(state.heldCount).toBe(1);
  expect(state.driftSum).toBeCloseTo(0.5 / 1.1, 12);
});
