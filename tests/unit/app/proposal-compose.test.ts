import { describe, expect, test } from "vitest";
import { composeProposal, type MarketData } from "@/lib/services/proposal/compose";
import { BENCHMARK_EQUITY_SHARE, BENCHMARK_SMALL_CAP_SHARE, currentAllocationBenchmark, globalSixtyForty } from "@/lib/services/proposal/benchmark";
import { ILLUSTRATIVE_LARGE_CAP_WEIGHTS, ILLUSTRATIVE_SMALL_CAP_WEIGHTS } from "@/lib/allocation/illustrative-inputs";
import { generateDemoSnapshots, generateSleeveHistory, SYNTHETIC_MANAGER_EXCESS } from "@/lib/data/synthetic";
import { REFERENCE_FIGURES } from "@/lib/metrics/reference-figures";
import type { ProposalClient } from "@/lib/services/proposal/view-model";

const market: MarketData = {
  history: generateSleeveHistory(),
  snapshots: generateDemoSnapshots(),
  referenceFigures: REFERENCE_FIGURES,
  managerExcessAssumptions: SYNTHETIC_MANAGER_EXCESS,
  datasets: [{ id: "d1", name: "demo", vintage: "v", synthetic: true }],
};
const client: ProposalClient = {
  id: "c1", name: "Test", homeMarket: "US", riskTolerance: 3, horizonYears: 12, investableAssets: 1_000_000, currency: "USD",
  maxFeeBps: null, excludedRegions: ["EM"], maxSmallCapShare: null, passiveOnly: false, currentAllocation: null,
};
const base = { activeOverride: "model", rebalance: "annual" } as const;

describe("global 60/40 benchmark", () => {
  test("60% equities over the sleeves with history, 40% bonds, weights sum to 1", () => {
    const w = globalSixtyForty(ILLUSTRATIVE_LARGE_CAP_WEIGHTS, ILLUSTRATIVE_SMALL_CAP_WEIGHTS, (s) => s !== "KOREA_SMALL");
    const equity = Object.entries(w).filter(([k]) => k !== "BONDS").reduce((a, [, v]) => a + v, 0);
    expect(equity).toBeCloseTo(BENCHMARK_EQUITY_SHARE, 12);
    expect(w.BONDS).toBeCloseTo(0.4, 12);
    expect(w.KOREA_SMALL).toBeUndefined();
    // US large: 0.64 × 0.86 of the raw equity total, scaled to 60%.
    expect(w.US_LARGE! / w.EUROPE_LARGE!).toBeCloseTo(0.64 / 0.15, 12);
  });
});

describe("current-allocation benchmark", () => {
  test("asset-class shares are kept; US equities split large/small at market weights", () => {
    const current = { usEquity: 0.3, intlEquity: 0.2, bonds: 0.4, cash: 0.1 };
    const w = currentAllocationBenchmark(current, ILLUSTRATIVE_LARGE_CAP_WEIGHTS, ILLUSTRATIVE_SMALL_CAP_WEIGHTS, () => true);
    expect(w.BONDS).toBeCloseTo(0.4, 12);
    expect(w.CASH).toBeCloseTo(0.1, 12);
    // US large : small = 0.64 × 0.86 : 0.6 × 0.14 (illustrative weights), together 30%.
    const usLarge = 0.64 * (1 - BENCHMARK_SMALL_CAP_SHARE);
    const usSmall = 0.6 * BENCHMARK_SMALL_CAP_SHARE;
    expect(w.US_LARGE).toBeCloseTo((0.3 * usLarge) / (usLarge + usSmall), 12);
    expect(w.US_LARGE! + w.US_SMALL!).toBeCloseTo(0.3, 12);
    const intl = Object.entries(w).filter(([k]) => !["US_LARGE", "US_SMALL", "BONDS", "CASH"].includes(k));
    expect(intl.reduce((a, [, v]) => a + v, 0)).toBeCloseTo(0.2, 12);
  });

  test("a zero share leaves its sleeves out", () => {
    const w = currentAllocationBenchmark({ usEquity: 0, intlEquity: 0, bonds: 1, cash: 0 }, ILLUSTRATIVE_LARGE_CAP_WEIGHTS, ILLUSTRATIVE_SMALL_CAP_WEIGHTS, () => true);
    expect(w).toEqual({ BONDS: 1 });
  });

  test("a proposal for a client with a current allocation is measured against it", () => {
    const current = { usEquity: 0.5, intlEquity: 0, bonds: 0.5, cash: 0 };
    const view = composeProposal({ ...client, currentAllocation: current }, market, base);
    expect(view.backtest.benchmark.current).toEqual(current);
    expect(view.backtest.benchmark.weights.BONDS).toBeCloseTo(0.5, 12);
    expect(view.methodology.benchmark).toBe("current_allocation");
    expect(composeProposal(client, market, base).backtest.benchmark.current).toBeNull();
  });
});

describe("composeProposal", () => {
  test("the same input gives the same output, and it survives a JSON round trip unchanged", () => {
    const a = composeProposal(client, market, base);
    expect(composeProposal(client, market, base)).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  test("amounts follow weights; excluded regions have no line; the view is labelled synthetic", () => {
    const view = composeProposal(client, market, base);
    for (const l of view.allocation.lines) expect(l.amount).toBeCloseTo(l.weight * client.investableAssets, 6);
    expect(view.allocation.lines.some((l) => l.region === "EM")).toBe(false);
    expect(view.synthetic).toBe(true);
    expect(view.methodology).toMatchObject({ rebalance: "annual", datasets: market.datasets, managerExcessInBacktest: false });
  });

  test("fees make net wealth end below gross", () => {
    const { proposal } = composeProposal(client, market, base).backtest;
    expect(proposal.wealthNet.at(-1)!).toBeLessThan(proposal.wealthGross.at(-1)!);
  });

  test("all-passive costs less than the model's mix", () => {
    const model = composeProposal(client, market, base);
    const passive = composeProposal(client, market, { ...base, activeOverride: "all_passive" });
    expect(passive.allocation.activeShareOfEquities).toBe(0);
    expect(passive.allocation.expectedFeeBps).toBeLessThan(model.allocation.expectedFeeBps);
  });

  test("a small-cap override is applied (as a fraction of equities)", () => {
    const view = composeProposal(client, market, { ...base, smallCapSharePct: 25 });
    expect(view.allocation.smallCapShareOfEquities).toBeCloseTo(0.25, 6);
  });
});
