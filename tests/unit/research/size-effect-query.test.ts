import { describe, expect, test } from "vitest";
import { parseCustomBuckets, parseSizeEffectQuery, serialiseSizeEffectQuery } from "@/app/(app)/research/size-effect/size-effect-query";
import { DEFAULT_SIZE_EFFECT_INPUTS, type SizeEffectInputs } from "@/lib/services/research/size-effect-inputs";

const ID = "cmabc1234567890abcdefghi";

/** Inputs covering every parameter, each away from its default. */
const FULL: SizeEffectInputs = {
  dataset: ID,
  rebalanceMonth: "every",
  weightings: ["equal", "sqrt"],
  survivorship: "exclude",
  buckets: { kind: "custom", buckets: [{ kind: "percentile", from: 0, to: 0.1 }, { kind: "percentile", from: 0.05, to: 0.15 }, { kind: "rank", fromRank: 1, toRank: 100 }, { kind: "rank", fromRank: 301, toRank: null }] },
  period: { from: "2001-06", to: "2019-05" },
  filter: { minMarketCap: 1500.5, minTradingValue: 20, maxHoldings: 250 },
  costBps: [5, 10, 15.5, 40],
};

describe("the size-effect page's address", () => {
  test.each<[string, SizeEffectInputs]>([
    ["the defaults", DEFAULT_SIZE_EFFECT_INPUTS],
    ["every parameter set", FULL],
    ["deciles with one cost for all", { ...DEFAULT_SIZE_EFFECT_INPUTS, buckets: { kind: "deciles" }, costBps: [25], rebalanceMonth: 12 }],
    ["Korea Exchange classes, one end of the period", { ...DEFAULT_SIZE_EFFECT_INPUTS, buckets: { kind: "krx" }, period: { from: null, to: "2010-12" }, weightings: ["cap"] }],
  ])("round trip: %s", (_label, inputs) => {
    const query = serialiseSizeEffectQuery(inputs);
    // Through a real query string, as a browser sends it back.
    const params: Record<string, string> = Object.fromEntries(new URLSearchParams(new URLSearchParams(query).toString()));
    expect(parseSizeEffectQuery(params)).toEqual({ inputs, ignored: [] });
  });

  test("the defaults are an empty query", () => {
    expect(serialiseSizeEffectQuery(DEFAULT_SIZE_EFFECT_INPUTS)).toEqual({});
    expect(parseSizeEffectQuery({})).toEqual({ inputs: DEFAULT_SIZE_EFFECT_INPUTS, ignored: [] });
  });

  test("bad values fall back to their defaults and are named", () => {
    const { inputs, ignored } = parseSizeEffectQuery({
      d: "x".repeat(65), m: "13", w: "cap,gold", s: "maybe", b: "custom", r: "0.2-0.1",
      from: "2020-13", to: "2020-02", mincap: "-5", mintv: "abc", maxh: "0", cost: "5,5",
    });
    expect(inputs).toEqual({ ...DEFAULT_SIZE_EFFECT_INPUTS, period: { from: null, to: "2020-02" } });
    expect(new Set(ignored)).toEqual(new Set(["d", "m", "w", "s", "r", "from", "mincap", "mintv", "maxh", "cost"]));
  });

  test("an end before the start drops both; a cost list must price every bucket", () => {
    expect(parseSizeEffectQuery({ from: "2010-01", to: "2009-12" })).toMatchObject({ inputs: { period: { from: null, to: null } }, ignored: ["from", "to"] });
    expect(parseSizeEffectQuery({ b: "krx", cost: "30,20,10" }).inputs.costBps).toEqual([30, 20, 10]);
    expect(parseSizeEffectQuery({ b: "krx", cost: "30,20" })).toMatchObject({ inputs: { costBps: [] }, ignored: ["cost"] });
    expect(parseSizeEffectQuery({ cost: "2000" })).toMatchObject({ inputs: { costBps: [] }, ignored: ["cost"] });
  });

  test("repeated parameters take the first; weightings keep the engine's order, each once", () => {
    expect(parseSizeEffectQuery({ m: ["3", "4"], w: "sqrt,cap,sqrt" }).inputs).toMatchObject({ rebalanceMonth: 3, weightings: ["cap", "sqrt"] });
  });

  test("custom bucket text", () => {
    expect(parseCustomBuckets(" 0-0.1 , #101-300,#301+")).toEqual([
      { kind: "percentile", from: 0, to: 0.1 },
      { kind: "rank", fromRank: 101, toRank: 300 },
      { kind: "rank", fromRank: 301, toRank: null },
    ]);
    for (const bad of ["", "0-1.5", "0.5-0.5", "#0-10", "#20-10", "#5", "a-b", Array.from({ length: 26 }, () => "0-1").join(",")]) {
      expect(parseCustomBuckets(bad), bad).toBeNull();
    }
  });
});
