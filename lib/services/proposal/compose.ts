import { runSleeveBacktest } from "../../backtest/sleeve-backtest";
import { ALL_SLEEVES, type SleeveId } from "../../market/regions";
import type { SleeveHistory } from "../../market/types";
import type { ProposalAssumptions } from "../../validation/proposal";
import { buildEvidence } from "./evidence";
import type { MarketData } from "./market-data";
import { proposalMixes } from "./mixes";
import type { SleeveProvenance, SleeveSource } from "./provenance";
import type { ProposalClient, ProposalView } from "./view-model";

export type { MarketData } from "./market-data";

/**
 * Bumped whenever a change would make a saved scenario's numbers differ if recomputed. Stamped on every view and
 * part of the proposal cache key, so a release that bumps it never serves a proposal computed before.
 */
export const ENGINE_VERSION = "1.0.0";

/**
 * A client's proposal from loaded market data: the allocation model, a sleeve back-test of the proposal
 * against the global 60/40, and the information-gap evidence. No I/O: the service loads, this computes.
 */
export function composeProposal(client: ProposalClient, market: MarketData, assumptions: ProposalAssumptions): ProposalView {
  const { allocation, lines, provenanceOf, current, rebalance, proposal, benchmark } = proposalMixes(client, market, assumptions);
  const { weights, feesBps } = proposal;
  const benchmarkWeights = benchmark.weights;
  const backtest = runSleeveBacktest({
    series: market.history.series,
    weights,
    feesBps,
    rebalance,
    benchmark,
  });

  const evidence = buildEvidence(market.snapshots, market.segments, market.estimates ?? []);
  const sleeveSources = backtestSources([...new Set([...Object.keys(weights), ...Object.keys(benchmarkWeights)])] as SleeveId[], market.history, provenanceOf);
  const realStarts = sleeveSources.filter((s) => s.provenance.kind === "real").map((s) => s.firstMonth);

  const synthetic = market.history.synthetic || evidence.segments.some((s) => s.metrics.source.synthetic);
  return {
    client,
    assumptions,
    allocation: {
      lines,
      equityShare: allocation.equityShare,
      smallCapShareOfEquities: allocation.smallCapShareOfEquities,
      activeShareOfEquities: allocation.activeShareOfEquities,
      expectedFeeBps: allocation.expectedFeeBps,
      reasons: allocation.reasons,
    },
    backtest: {
      months: [...backtest.months],
      commonPeriod: backtest.commonPeriod,
      proposal: { wealthNet: rounded(backtest.wealth), wealthGross: rounded(backtest.grossWealth), drawdown: rounded(backtest.drawdown) },
      benchmark: {
        wealth: rounded(backtest.benchmark?.wealth ?? new Float64Array()),
        drawdown: rounded(backtest.benchmark?.drawdown ?? new Float64Array()),
        weights: benchmarkWeights,
        current,
      },
      yearly: backtest.yearly,
      stats: { net: backtest.stats, gross: backtest.grossStats, benchmark: backtest.benchmark?.stats ?? null },
      relative: backtest.relative ?? null,
      sleeveSources,
      latestRealStart: realStarts.length > 0 ? realStarts.reduce((a, b) => (a > b ? a : b)) : null,
    },
    evidence: { ...evidence, referenceFigures: [...market.referenceFigures] },
    synthetic,
    methodology: {
      engineVersion: ENGINE_VERSION,
      parametersVersion: allocation.parametersVersion,
      datasets: market.datasets,
      survivorship: "total_loss",
      rebalance: assumptions.rebalance,
      benchmark: current ? "current_allocation" : "global_60_40",
      feesApplied: "per_sleeve_monthly",
      managerExcessInBacktest: false,
    },
  };
}

/** The back-test's sleeves in the app's order, each with its span of history and source. */
function backtestSources(sleeves: SleeveId[], history: SleeveHistory, provenanceOf: (s: SleeveId) => SleeveProvenance): SleeveSource[] {
  return sleeves
    .filter((sleeve) => history.series[sleeve] !== undefined)
    .sort((a, b) => ALL_SLEEVES.indexOf(a) - ALL_SLEEVES.indexOf(b))
    .map((sleeve) => {
      const months = history.series[sleeve]!.months;
      return { sleeve, firstMonth: months[0] ?? "", lastMonth: months[months.length - 1] ?? "", provenance: provenanceOf(sleeve) };
    });
}

/** Six decimals are far below what a chart or a table shows, and keep stored scenarios small. */
function rounded(values: Float64Array): number[] {
  return Array.from(values, (v) => Math.round(v * 1e6) / 1e6);
}
