import { describe, expect, test } from "vitest";
import { composeProposal } from "@/lib/services/proposal/compose";
import { composeRisk, PROPOSAL_RISK_SEED, shockScenarioOf, withRisk } from "@/lib/services/proposal/risk";
import { RISK_FIT_BANDS } from "@/lib/allocation/parameters";
import { DEFAULT_MEAN_BLOCK_LENGTH, DEFAULT_PATHS, RISK_ENGINE_VERSION } from "@/lib/risk";
import { parseStoredView } from "@/lib/validation/scenario-view";
import { proposalAssumptionsSchema, type ProposalAssumptions } from "@/lib/validation/proposal";
import { historyFrom, KRW_CLIENT, marketWith } from "./fixtures";

/**
 * The proposal's risk section as the service maps it: which mixes, amounts, rates and shocks reach the engine,
 * and what comes back. Figures are checked against sums and products written out here, not against the engine.
 */
const market = marketWith();
const base: ProposalAssumptions = { activeOverride: "model", rebalance: "annual" };
const PATHS = 400;

describe("composeRisk: what is projected", () => {
  test("the proposal's own weights and fees, the client's horizon and assets, the fixed seed", () => {
    const view = composeProposal(KRW_CLIENT, market, base);
    const risk = composeRisk(KRW_CLIENT, market, base, PATHS);
    // The lines' weights summed per sleeve, and the weight-averaged fee: what the back-test plays.
    const weights: Record<string, number> = {};
    const feeSum: Record<string, number> = {};
    for (const l of view.allocation.lines) {
      weights[l.sleeve] = (weights[l.sleeve] ?? 0) + l.weight;
      feeSum[l.sleeve] = (feeSum[l.sleeve] ?? 0) + l.weight * l.feeBps;
    }
    expect(Object.keys(risk.inputs.portfolio.weights).sort()).toEqual(Object.keys(weights).sort());
    for (const [sleeve, w] of Object.entries(weights)) {
      expect(risk.inputs.portfolio.weights[sleeve]).toBeCloseTo(w, 12);
      expect(risk.inputs.portfolio.feesBps[sleeve]).toBeCloseTo(feeSum[sleeve]! / w, 9);
    }
    expect(risk.inputs.benchmark.weights).toEqual(view.backtest.benchmark.weights);
    expect(risk.inputs.portfolio.rebalance).toEqual({ kind: "annual" });
    expect(risk.projection.horizonYears).toBe(15);
    expect(risk.projection.portfolio.years.map((y) => y.year)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(risk.projection.initialAmount).toBe(500_000_000);
    expect(risk.currency).toBe("KRW");
    expect(risk.projection.methodology).toMatchObject({ method: "stationary_block_bootstrap", seed: PROPOSAL_RISK_SEED, paths: PATHS, meanBlockLength: DEFAULT_MEAN_BLOCK_LENGTH, engineVersion: RISK_ENGINE_VERSION });
    expect(risk.projection.benchmark).not.toBeNull();
    expect(risk.inputs).not.toHaveProperty("yearlyCashFlow");
    expect(risk.inputs).not.toHaveProperty("inflation");
    expect(risk.inputs).not.toHaveProperty("target");
  });

  test("percent assumptions become fractions; a target is in today's money only when an inflation rate is given", () => {
    const withInflation = composeRisk(KRW_CLIENT, market, { ...base, yearlyCashFlow: -20_000_000, inflationPct: 2.5, targetAmount: 600_000_000 }, PATHS);
    expect(withInflation.inputs).toMatchObject({ yearlyCashFlow: -20_000_000, inflation: 0.025, target: { amount: 600_000_000, basis: "real" } });
    const last = withInflation.projection.portfolio.years.at(-1)!;
    expect(last.realWealth).not.toBeNull();
    expect(last.probabilityReachingTarget).not.toBeNull();
    const nominal = composeRisk(KRW_CLIENT, market, { ...base, targetAmount: 600_000_000 }, PATHS);
    expect(nominal.inputs.target).toEqual({ amount: 600_000_000, basis: "nominal" });
    expect(nominal.projection.portfolio.years.at(-1)!.realWealth).toBeNull();
  });

  test("the same proposal gives the same projection (the page shows the same numbers on reload)", () => {
    expect(composeRisk(KRW_CLIENT, market, base, PATHS)).toEqual(composeRisk(KRW_CLIENT, market, base, PATHS));
  });

  test("by default 10,000 paths", () => {
    expect(composeRisk(KRW_CLIENT, market, base).projection.methodology.paths).toBe(DEFAULT_PATHS);
  }, 30_000);
});

describe("composeRisk: shocks", () => {
  /** Equities take the small-cap shock when small, bonds theirs, cash none: Σ weight × shock, by hand. */
  const byHand = (weights: Record<string, number>, equities: number, smallCaps: number, bonds: number) =>
    Object.entries(weights).reduce((sum, [sleeve, w]) => {
      const shock = sleeve === "BONDS" ? bonds : sleeve === "CASH" ? 0 : sleeve.endsWith("_SMALL") ? smallCaps : equities;
      return sum + w * shock;
    }, 0);

  test("blank shocks are the default scenario's (equities −30%, small caps −40%, bonds −10%), in percent and in money", () => {
    const risk = composeRisk(KRW_CLIENT, market, base, PATHS);
    const expected = byHand(risk.inputs.portfolio.weights, -0.3, -0.4, -0.1);
    expect(risk.shocks.proposal.portfolioReturn).toBeCloseTo(expected, 12);
    expect(risk.shocks.proposal.amountChange).toBeCloseTo(expected * 500_000_000, 3);
    expect(risk.shocks.benchmark.portfolioReturn).toBeCloseTo(byHand(risk.inputs.benchmark.weights, -0.3, -0.4, -0.1), 9);
  });

  test("the advisor's shocks, in percent", () => {
    const a = { ...base, shockEquitiesPct: -20, shockSmallCapsPct: -35, shockBondsPct: 5 };
    expect(shockScenarioOf(a)).toMatchObject({ equities: -0.2, smallCaps: -0.35, bonds: 0.05, cash: 0 });
    const risk = composeRisk(KRW_CLIENT, market, a, PATHS);
    expect(risk.shocks.proposal.portfolioReturn).toBeCloseTo(byHand(risk.inputs.portfolio.weights, -0.2, -0.35, 0.05), 12);
  });
});

describe("composeRisk: stress episodes", () => {
  test("all five episodes in order; those before the data are not covered", () => {
    const risk = composeRisk(KRW_CLIENT, marketWith(historyFrom("2005-01")), base, PATHS);
    expect(risk.stress.map((e) => e.id)).toEqual(["dot_com", "gfc", "euro_crisis", "covid", "rate_shock_2022"]);
    expect(risk.stress.map((e) => e.covered)).toEqual([false, true, true, true, true]);
  });

  test("held without rebalancing, an episode's return is Σ weight × each sleeve's growth net of its monthly fee, less 1", () => {
    const a: ProposalAssumptions = { ...base, rebalance: "never" };
    const risk = composeRisk(KRW_CLIENT, market, a, PATHS);
    const gfc = risk.stress.find((e) => e.id === "gfc")!;
    if (!gfc.covered) throw new Error("the demo history covers the GFC");
    let wealth = 0;
    for (const [sleeve, w] of Object.entries(risk.inputs.portfolio.weights)) {
      const s = market.history.series[sleeve as keyof typeof market.history.series]!;
      const fee = risk.inputs.portfolio.feesBps[sleeve]! / 10_000 / 12;
      let growth = 1;
      for (let k = s.months.indexOf("2007-10"); k <= s.months.indexOf("2009-02"); k++) growth *= 1 + s.returns[k]! - fee;
      wealth += w * growth;
    }
    expect(gfc.portfolio.cumulativeReturn).toBeCloseTo(wealth - 1, 10);
    expect(gfc.benchmark).not.toBeNull();
  });
});

describe("composeRisk: risk fit", () => {
  test("read against the tolerance the proposal was built for, with the documented band", () => {
    for (const tolerance of [1, 5]) {
      const risk = composeRisk(KRW_CLIENT, market, { ...base, riskTolerance: tolerance }, PATHS);
      const band = RISK_FIT_BANDS[tolerance - 1]!;
      const vol = risk.projection.portfolio.annualVolatility;
      const p5 = risk.projection.portfolio.oneYearReturn.p5;
      expect(risk.fit.riskTolerance).toBe(tolerance);
      expect(risk.fit.checks).toEqual([
        { code: "volatility", value: vol, limit: band.maxVolatility, ok: vol <= band.maxVolatility },
        { code: "worst_year", value: p5, limit: band.minOneYearReturnP5, ok: p5 >= band.minOneYearReturnP5 },
      ]);
      expect(risk.fit.fits).toBe(vol <= band.maxVolatility && p5 >= band.minOneYearReturnP5);
    }
  });

  test("a higher tolerance gives a more volatile mix and a higher median outcome on the same paths", () => {
    const low = composeRisk(KRW_CLIENT, market, { ...base, riskTolerance: 1 }, PATHS);
    const high = composeRisk(KRW_CLIENT, market, { ...base, riskTolerance: 5 }, PATHS);
    expect(high.projection.portfolio.annualVolatility).toBeGreaterThan(low.projection.portfolio.annualVolatility);
    expect(high.projection.portfolio.years.at(-1)!.wealth.p50).not.toBe(low.projection.portfolio.years.at(-1)!.wealth.p50);
  });
});

describe("a saved view with its risk section", () => {
  test("the stamp carries method, seed, paths, block length and engine; the stored JSON parses back whole", () => {
    const view = withRisk(composeProposal(KRW_CLIENT, market, base), composeRisk(KRW_CLIENT, market, base, PATHS));
    expect(view.methodology.risk).toEqual(view.risk!.projection.methodology);
    const stored = JSON.parse(JSON.stringify(view)) as unknown;
    const parsed = parseStoredView(stored);
    expect(parsed.issues).toBeNull();
    expect(parsed.view!.risk).toEqual(view.risk);
    expect(parsed.view!.methodology.risk).toEqual(view.methodology.risk);
  });

  test("a view saved before the risk section still parses, without one", () => {
    const parsed = parseStoredView(JSON.parse(JSON.stringify(composeProposal(KRW_CLIENT, market, base))));
    expect(parsed.issues).toBeNull();
    expect(parsed.view!.risk).toBeUndefined();
    expect(parsed.view!.methodology.risk).toBeUndefined();
  });

  test("a damaged risk section makes the version unreadable rather than half-shown", () => {
    const view = withRisk(composeProposal(KRW_CLIENT, market, base), composeRisk(KRW_CLIENT, market, base, PATHS));
    const stored = JSON.parse(JSON.stringify(view)) as { risk: { stress: unknown } };
    stored.risk.stress = "not a list";
    expect(parseStoredView(stored).view).toBeNull();
  });
});

describe("the projection's assumptions in the form schema", () => {
  const issue = (values: Record<string, unknown>) => {
    const result = proposalAssumptionsSchema.safeParse(values);
    return result.success ? null : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  };

  test("typed numbers are read, blanks are not given", () => {
    const parsed = proposalAssumptionsSchema.parse({ yearlyCashFlow: "-12000", inflationPct: "2.5", targetAmount: "", shockEquitiesPct: " -25 " });
    expect(parsed).toMatchObject({ yearlyCashFlow: -12_000, inflationPct: 2.5, shockEquitiesPct: -25 });
    expect(parsed.targetAmount).toBeUndefined();
  });

  test("each field names its own range", () => {
    expect(issue({ inflationPct: 25 })).toEqual(["inflationPct: errors.inflationRange"]);
    expect(issue({ shockSmallCapsPct: -150 })).toEqual(["shockSmallCapsPct: errors.shockRange"]);
    expect(issue({ shockBondsPct: 100.5 })).toEqual(["shockBondsPct: errors.shockRange"]);
    expect(issue({ targetAmount: 0 })).toEqual(["targetAmount: errors.targetRange"]);
    expect(issue({ yearlyCashFlow: 2e13 })).toEqual(["yearlyCashFlow: errors.cashFlowRange"]);
    expect(issue({ inflationPct: "two" })).toEqual(["inflationPct: errors.invalidNumber"]);
    expect(issue({ shockEquitiesPct: -100, shockBondsPct: 100, inflationPct: -5, targetAmount: 1 })).toBeNull();
  });
});
