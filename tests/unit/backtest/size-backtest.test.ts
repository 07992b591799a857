import { describe, expect, test } from "vitest";
import {
  buildPanel,
  decileBuckets,
  runSizeBacktest,
  type BucketSpec,
  type SizeBacktestOptions,
  type SurvivorshipMode,
  type Weighting,
} from "@/lib/backtest";
import { row, shuffled, studyRows } from "./rows";

const MARKET: BucketSpec = { kind: "percentile", from: 0, to: 1 };
const panel = buildPanel(studyRows());

function marketReturns(weighting: Weighting, survivorship: SurvivorshipMode) {
  const result = runSizeBacktest(panel, { buckets: [MARKET], weightings: [weighting], survivorship });
  const series = result.results[0];
  if (!series) throw new Error("no result");
  return series;
}

// Hand computation, window 1 (universe A 400, B 100, C 100, D 25; F preferred, E not listed yet):
// holding returns A 0.10, B 0.50, D 0.20 (recorded exit), C stopped (−1 / −0.5 / dropped).
// Window 2 (universe A 440, B 150, E 60): A 0.05, B −0.10, E 0.21; no stops, so all modes agree:
//   cap 0.030154 = (440×0.05 − 150×0.1 + 60×0.21)/650 = 19.6/650; equal 0.16/3 = 0.053333;
//   sqrt (√440×0.05 − √150×0.1 + √60×0.21)/(√440 + √150 + √60) = 0.035410
const SQRT_W2 = (Math.sqrt(440) * 0.05 - Math.sqrt(150) * 0.1 + Math.sqrt(60) * 0.21) / (Math.sqrt(440) + Math.sqrt(150) + Math.sqrt(60));

describe("runSizeBacktest on the hand-computed panel", () => {
  test.each<[Weighting, SurvivorshipMode, number, number, number]>([
    // cap weights 400/625 = 0.64, 0.16, 0.16, 0.04: 0.064 + 0.08 − 0.16 + 0.008 = −0.008
    ["cap", "total_loss", -0.008, 19.6 / 650, 4],
    // C keeps its −50%: 0.064 + 0.08 − 0.08 + 0.008 = 0.072
    ["cap", "last_available", 0.072, 19.6 / 650, 4],
    // C dropped, weights over 525: (40 + 50 + 5)/525 = 0.180952
    ["cap", "exclude", 95 / 525, 19.6 / 650, 3],
    // (0.1 + 0.5 − 1 + 0.2)/4 = −0.05
    ["equal", "total_loss", -0.05, 0.16 / 3, 4],
    // (0.1 + 0.5 − 0.5 + 0.2)/4 = 0.075
    ["equal", "last_available", 0.075, 0.16 / 3, 4],
    // (0.1 + 0.5 + 0.2)/3 = 0.266667
    ["equal", "exclude", 0.8 / 3, 0.16 / 3, 3],
    // √cap 20, 10, 10, 5 (sum 45): (2 + 5 − 10 + 1)/45 = −0.044444
    ["sqrt", "total_loss", -2 / 45, SQRT_W2, 4],
    // (2 + 5 − 5 + 1)/45 = 0.066667
    ["sqrt", "last_available", 3 / 45, SQRT_W2, 4],
    // (2 + 5 + 1)/35 = 0.228571
    ["sqrt", "exclude", 8 / 35, SQRT_W2, 3],
  ])("market, %s-weighted, %s", (weighting, survivorship, window1, window2, holdings1) => {
    const series = marketReturns(weighting, survivorship);
    expect(series.returns[0]).toBeCloseTo(window1, 12);
    expect(series.returns[1]).toBeCloseTo(window2, 12);
    // W1 = 1, W2 = 1 + r1, W3 = (1 + r1)(1 + r2)
    expect(series.wealth[2]).toBeCloseTo((1 + window1) * (1 + window2), 12);
    // window 2 holds A, B and E (the IPO of 2019-11 enters at the 2020 rebalance)
    expect(Array.from(series.holdings)).toEqual([holdings1, 3]);
  });

  test("rebalance dates are the May ends", () => {
    const result = runSizeBacktest(panel, { buckets: [MARKET], weightings: ["cap"] });
    expect(result.rebalanceDates).toEqual(["2019-05-31", "2020-05-29", "2021-05-31"]);
  });

  test("ties in market cap are broken by id: B (100) ranks 2nd, C (100) 3rd", () => {
    const result = runSizeBacktest(panel, {
      buckets: [
        { kind: "rank", fromRank: 2, toRank: 2 },
        { kind: "rank", fromRank: 3, toRank: 3 },
      ],
      weightings: ["equal"],
    });
    // window 1: rank 2 = B (+50%), rank 3 = C (stopped → −100%);
    // window 2: rank 2 = B (−10%), rank 3 = E (+21%)
    expect(Array.from(result.results[0]?.returns ?? [])).toEqual([0.5, -0.1].map((x) => expect.closeTo(x, 12)));
    expect(Array.from(result.results[1]?.returns ?? [])).toEqual([-1, 0.21].map((x) => expect.closeTo(x, 12)));
  });

  test("preferred shares are excluded by default and included on request", () => {
    const result = runSizeBacktest(panel, {
      buckets: [MARKET],
      weightings: ["equal"],
      filter: { includePreferred: true },
    });
    // F (0%) joins: window 1 (0.1 + 0.5 − 1 + 0.2 + 0)/5 = −0.04; window 2 (0.05 − 0.1 + 0.21 + 0)/4 = 0.04
    expect(result.results[0]?.returns[0]).toBeCloseTo(-0.04, 12);
    expect(result.results[0]?.returns[1]).toBeCloseTo(0.04, 12);
  });

  test("an empty bucket holds cash: return 0, holdings 0", () => {
    // window 1 p = 0.125, 0.375, 0.625, 0.875; window 2 p = 1/6, 1/2, 5/6: the top decile [0, 0.1) is empty
    const result = runSizeBacktest(panel, { buckets: decileBuckets(), weightings: ["cap"] });
    const top = result.results[0];
    expect(Array.from(top?.returns ?? [])).toEqual([0, 0]);
    expect(Array.from(top?.holdings ?? [])).toEqual([0, 0]);
    // window 1: decile [0.1, 0.2) holds A only (p = 0.125) → 0.10
    expect(result.results[1]?.returns[0]).toBeCloseTo(0.1, 12);
  });

  test("shuffled rows give identical results", () => {
    const options = { buckets: decileBuckets(), weightings: ["cap", "equal", "sqrt"] as const, costBps: 25 };
    const reference = runSizeBacktest(panel, options);
    for (const seed of [7, 11, 13]) expect(runSizeBacktest(buildPanel(shuffled(studyRows(), seed)), options)).toEqual(reference);
  });

  test("market results: cap and equal always, sqrt when requested", () => {
    const plain = runSizeBacktest(panel, { buckets: [MARKET], weightings: ["equal"] });
    expect(plain.market.map((m) => m.weighting)).toEqual(["cap", "equal"]);
    const withSqrt = runSizeBacktest(panel, { buckets: [MARKET], weightings: ["sqrt"] });
    expect(withSqrt.market.map((m) => m.weighting)).toEqual(["cap", "equal", "sqrt"]);
    // statistics use one period a year: CAGR over 2 windows = √((1 − 0.008)(1.030154)) − 1
    expect(plain.market[0]?.stats.cagr).toBeCloseTo(Math.sqrt(0.992 * (1 + 19.6 / 650)) - 1, 12);
    expect(plain.market[0]?.stats.periodsPerYear).toBe(1);
  });
});

describe("costs", () => {
  test("one-way cost on turnover, the first window paying the initial buy", () => {
    const result = runSizeBacktest(panel, { buckets: [MARKET], weightings: ["cap"], costBps: 100 });
    const series = result.results[0];
    // window 1: turnover 1 (buy everything), net = (1 − 1 × 0.01)(1 − 0.008) − 1 = −0.01792
    expect(series?.turnover[0]).toBeCloseTo(1, 12);
    expect(series?.returns[0]).toBeCloseTo(-0.01792, 12);
    // window 2: alive holdings drift to A 0.64×1.1/0.992 = 0.709677, B 0.16×1.5/0.992 = 0.241935
    // (C lost, D's exit proceeds are cash); new weights A 440/650, B 150/650, E 60/650:
    // turnover = |0.676923 − 0.709677| + |0.230769 − 0.241935| + 0.092308 = 0.136228
    // net = (1 − 0.136228 × 0.01)(1.030154) − 1 = 0.028750
    expect(series?.turnover[1]).toBeCloseTo(0.136228288, 8);
    expect(series?.returns[1]).toBeCloseTo(0.028750485, 8);
  });

  test("a cost per bucket: micro caps pay more", () => {
    const micro: BucketSpec = { kind: "rank", fromRank: 3, toRank: null };
    const result = runSizeBacktest(panel, {
      buckets: [MARKET, micro],
      weightings: ["equal"],
      costBps: (bucket) => (bucket.kind === "rank" ? 200 : 10),
    });
    // market, window 1: (1 − 0.001)(1 − 0.05) − 1 = −0.05095
    expect(result.results[0]?.returns[0]).toBeCloseTo(-0.05095, 12);
    // ranks 3+ in window 1 = C (−1), D (+0.2): (1 − 0.02)(1 − 0.4) − 1 = −0.412
    expect(result.results[1]?.returns[0]).toBeCloseTo(-0.412, 12);
  });

  test("no cost leaves returns gross but still reports turnover", () => {
    const result = runSizeBacktest(panel, { buckets: [MARKET], weightings: ["cap"] });
    expect(result.results[0]?.returns[0]).toBeCloseTo(-0.008, 12);
    expect(result.results[0]?.turnover[1]).toBeCloseTo(0.136228288, 8);
  });
});

describe("size classes and extremes", () => {
  test("KRX rank buckets on 305 securities", () => {
    // caps 1000 − i; ranks 1–100 earn 10%, 101–300 20%, 301–305 30%
    const rows = Array.from({ length: 305 }, (_, i) => {
      const id = `S${String(i).padStart(3, "0")}`;
      const r = i < 100 ? 0.1 : i < 300 ? 0.2 : 0.3;
      return [row(id, "2019-05-31", 1000 - i, null), row(id, "2020-05-29", 1000 - i, r)];
    }).flat();
    const result = runSizeBacktest(buildPanel(rows), {
      buckets: [
        { kind: "rank", fromRank: 1, toRank: 100 },
        { kind: "rank", fromRank: 101, toRank: 300 },
        { kind: "rank", fromRank: 301, toRank: null },
      ],
      weightings: ["cap"],
    });
    expect(result.results.map((r) => r.returns[0])).toEqual([0.1, 0.2, 0.3].map((x) => expect.closeTo(x, 12)));
    expect(result.results.map((r) => r.holdings[0])).toEqual([100, 200, 5]);
  });

  test("top and bottom decile excess over the cap-weighted market", () => {
    // 10 securities, caps 10 … 1 (ids S0 … S9), annual; p = 0.05 … 0.95: top = S0, bottom = S9.
    // Window 1: S0 +20%, S9 +50%, others 0%. Window 2: S0 0%, S9 −50%, others +10%.
    const r1 = [0.2, 0, 0, 0, 0, 0, 0, 0, 0, 0.5];
    const r2 = [0, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, -0.5];
    const rows = r1.flatMap((_, i) => [
      row(`S${i}`, "2018-05-31", 10 - i, null),
      row(`S${i}`, "2019-05-31", 10 - i, r1[i] ?? 0),
      row(`S${i}`, "2020-05-29", 10 - i, r2[i] ?? 0),
    ]);
    const result = runSizeBacktest(buildPanel(rows), { buckets: [MARKET], weightings: ["equal"] });
    // cap market (total cap 55, caps reset each year): W1 (10×0.2 + 1×0.5)/55 = 2.5/55 = 0.045455;
    //   W2 (44×0.1 − 1×0.5)/55 = 3.9/55 = 0.070909
    const m1 = 2.5 / 55;
    const m2 = 3.9 / 55;
    const [extremes] = result.extremes;
    expect(extremes?.weighting).toBe("equal");
    expect(Array.from(extremes?.topExcess ?? [])).toEqual([0.2 - m1, 0 - m2].map((x) => expect.closeTo(x, 12)));
    expect(Array.from(extremes?.bottomExcess ?? [])).toEqual([0.5 - m1, -0.5 - m2].map((x) => expect.closeTo(x, 12)));
    // cumulative = wealth ratio − 1: top 1.2/(1 + m1) − 1, then 1.2/((1 + m1)(1 + m2)) − 1
    expect(extremes?.topCumulative[1]).toBeCloseTo(1.2 / ((1 + m1) * (1 + m2)) - 1, 12);
    expect(extremes?.bottomCumulative[1]).toBeCloseTo((1.5 * 0.5) / ((1 + m1) * (1 + m2)) - 1, 12);
  });

  test("a monthly panel compounds the months of each window", () => {
    const dates = Array.from({ length: 13 }, (_, k) => {
      const month = ((4 + k) % 12) + 1;
      return `${2019 + Math.floor((4 + k) / 12)}-${String(month).padStart(2, "0")}-28`;
    });
    const rows = dates.map((date, k) => row("A", date, 1, k === 0 ? null : 0.01));
    const result = runSizeBacktest(buildPanel(rows), { buckets: [MARKET], weightings: ["cap"] });
    // 2019-05 → 2020-05: 1.01¹² − 1 = 0.126825
    expect(result.rebalanceDates).toEqual(["2019-05-28", "2020-05-28"]);
    expect(result.results[0]?.returns[0]).toBeCloseTo(1.01 ** 12 - 1, 12);
  });
});

describe("guards", () => {
  test.each<[string, SizeBacktestOptions, RegExp]>([
    ["no buckets", { buckets: [], weightings: ["cap"] }, /runSizeBacktest: no buckets/],
    ["no weightings", { buckets: [MARKET], weightings: [] }, /runSizeBacktest: no weightings/],
    ["a bad bucket", { buckets: [{ kind: "percentile", from: 0.5, to: 0.2 }], weightings: ["cap"] }, /bucket 0 needs 0 <= from < to <= 1/],
    ["a bad rank bucket", { buckets: [{ kind: "rank", fromRank: 0, toRank: 5 }], weightings: ["cap"] }, /integer ranks/],
    ["a negative cost", { buckets: [MARKET], weightings: ["cap"], costBps: -1 }, /cost must be 0–5000 bps/],
    ["a bad filter", { buckets: [MARKET], weightings: ["cap"], filter: { maxHoldings: 0 } }, /filter.maxHoldings/],
    ["a bad month", { buckets: [MARKET], weightings: ["cap"], rebalanceMonth: 13 }, /rebalanceMonth must be 1–12 or "every"/],
    ["no window", { buckets: [MARKET], weightings: ["cap"], rebalanceMonth: 4 }, /0 rebalance date\(s\) in month 4/],
  ])("throws on %s", (_label, options, message) => {
    expect(() => runSizeBacktest(panel, options)).toThrow(message);
  });
});

describe("rebalancing at every date (a monthly panel shorter than a year)", () => {
  // Two stocks over three month ends: A cap 300, B cap 100 at the end of January; February returns
  // A 0.10, B −0.20 (caps then 330, 80); March returns A 0, B 0.50.
  const monthly = buildPanel([
    row("A", "2025-01-31", 300, null),
    row("B", "2025-01-31", 100, null),
    row("A", "2025-02-28", 330, 0.1),
    row("B", "2025-02-28", 80, -0.2),
    row("A", "2025-03-31", 330, 0),
    row("B", "2025-03-31", 120, 0.5),
  ]);

  test("holds each month's cap weights for one month and annualises by 12", () => {
    const result = runSizeBacktest(monthly, { buckets: [MARKET], weightings: ["cap", "equal"], rebalanceMonth: "every" });
    const [cap, equal] = result.results;
    // February: 0.75 × 0.10 + 0.25 × (−0.20) = 0.025; March: (330 × 0 + 80 × 0.5)/410 = 0.097561
    expect(cap?.returns[0]).toBeCloseTo(0.025, 12);
    expect(cap?.returns[1]).toBeCloseTo(40 / 410, 12);
    // equal: (0.1 − 0.2)/2 = −0.05, then (0 + 0.5)/2 = 0.25
    expect(equal?.returns[0]).toBeCloseTo(-0.05, 12);
    expect(equal?.returns[1]).toBeCloseTo(0.25, 12);
    // CAGR over two months annualised by 12 periods a year: ((1.025)(1 + 40/410))^(12/2) − 1
    expect(cap?.stats.cagr).toBeCloseTo((1.025 * (1 + 40 / 410)) ** 6 - 1, 10);
  });

  test("a yearly rebalance month on the same panel has no window", () => {
    expect(() => runSizeBacktest(monthly, { buckets: [MARKET], weightings: ["cap"], rebalanceMonth: 5 })).toThrow(/at least 2/);
  });

  test("refuses a month outside 1–12", () => {
    expect(() => runSizeBacktest(monthly, { buckets: [MARKET], weightings: ["cap"], rebalanceMonth: 13 })).toThrow(/1–12 or "every"/);
  });
});
