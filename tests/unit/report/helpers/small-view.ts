import type { ProposalView } from "@/lib/services/proposal/view-model";
import type { SleeveStats } from "@/lib/backtest/sleeve-types";

const noStats: SleeveStats = {
  cagr: null, volatility: null, sharpe: null, sortino: null, returnRisk: null, maxDrawdown: null,
  best: null, worst: null, periods: 0, periodsPerYear: 12, bestYear: null, worstYear: null,
};

/**
 * A proposal small enough to write its exports out by hand: three lines of a third each of USD 100,000 (so
 * neither the weights nor the amounts round to their totals on their own), and three months of back-test:
 * net +1%, −1%, +2%; gross +1.25%, −1%, +2.25%; benchmark −5%, 0%, +5%.
 */
export function smallView(overrides: Partial<ProposalView> = {}): ProposalView {
  const third = 1 / 3;
  return {
    client: {
      id: "c1", name: "Test", homeMarket: "US", riskTolerance: 3, horizonYears: 10, investableAssets: 100_000, currency: "USD",
      maxFeeBps: null, excludedRegions: [], maxSmallCapShare: null, passiveOnly: false, currentAllocation: null,
    },
    assumptions: { activeOverride: "model", rebalance: "annual" },
    allocation: {
      lines: [
        { sleeve: "US_LARGE", region: "US", size: "large", style: "passive", weight: third, amount: 100_000 * third, feeBps: 3, reasons: [] },
        { sleeve: "US_SMALL", region: "US", size: "small", style: "active", weight: third, amount: 100_000 * third, feeBps: 75, reasons: [] },
        { sleeve: "BONDS", region: null, size: null, style: null, weight: third, amount: 100_000 * third, feeBps: 5, reasons: [] },
      ],
      equityShare: 2 / 3,
      smallCapShareOfEquities: 0.5,
      activeShareOfEquities: 0.5,
      expectedFeeBps: 27.67,
      reasons: [],
    },
    backtest: {
      months: ["2024-01", "2024-02", "2024-03"],
      commonPeriod: { start: "2024-01", end: "2024-03", months: 3, truncatedBy: [] },
      proposal: {
        wealthNet: [1, 1.01, 0.9999, 1.019898],
        wealthGross: [1, 1.0125, 1.002375, 1.0249284375],
        drawdown: [0, 0, -0.01, 0],
      },
      benchmark: { wealth: [1, 0.95, 0.95, 0.9975], drawdown: [0, -0.05, -0.05, -0.0025], weights: { US_LARGE: 0.6, BONDS: 0.4 }, current: null },
      yearly: [],
      stats: { net: noStats, gross: noStats, benchmark: noStats },
      relative: null,
    },
    evidence: { rows: [], referenceFigures: [] },
    synthetic: false,
    methodology: {
      engineVersion: "1.0.0", parametersVersion: "test", datasets: [], survivorship: "total_loss", rebalance: "annual",
      benchmark: "global_60_40", feesApplied: "per_sleeve_monthly", managerExcessInBacktest: false,
    },
    ...overrides,
  };
}
