import { buildAllocation } from "../../allocation/model";
import { managerExcessFromReferenceFigures, marketInputsFrom } from "../../allocation/market-inputs";
import { ILLUSTRATIVE_FEES, ILLUSTRATIVE_LARGE_CAP_WEIGHTS, ILLUSTRATIVE_SMALL_CAP_WEIGHTS } from "../../allocation/illustrative-inputs";
import type { ClientProfile, ProposalOverrides } from "../../allocation/types";
import { runSleeveBacktest } from "../../backtest/sleeve-backtest";
import type { SleeveRebalance } from "../../backtest/sleeve-types";
import type { ReferenceFigure } from "../../metrics/reference-figures";
import { ALL_SLEEVES, type SleeveId } from "../../market/regions";
import type { ConstituentSnapshot, SleeveHistory } from "../../market/types";
import type { ProposalAssumptions, RebalanceRule } from "../../validation/proposal";
import { currentAllocationBenchmark, globalSixtyForty } from "./benchmark";
import { buildEvidence } from "./evidence";
import type { SleeveProvenance, SleeveSource } from "./provenance";
import { demoProvenance, type MarketEstimates, type MarketSegment } from "./real-market";
import type { DatasetStamp, ProposalClient, ProposalView } from "./view-model";

/** Bumped whenever a change would make a saved scenario's numbers differ if recomputed. */
const ENGINE_VERSION = "1.0.0";

export type MarketData = {
  history: SleeveHistory;
  snapshots: readonly ConstituentSnapshot[];
  referenceFigures: readonly ReferenceFigure[];
  /** Assumed manager excess per sleeve where the reference figures give none (labelled as assumptions). */
  managerExcessAssumptions: Partial<Record<SleeveId, number>>;
  datasets: DatasetStamp[];
  /** Where each sleeve's series comes from; a sleeve without an entry is the demo's (synthetic or illustrative). */
  sleeveSources?: Partial<Record<SleeveId, SleeveProvenance>>;
  /** The snapshot standing for each evidence segment and whether it is real; derived from `snapshots` when absent. */
  segments?: readonly MarketSegment[];
  /** Active estimates files, joined by ticker to the real snapshots of their area. */
  estimates?: readonly MarketEstimates[];
};

const REBALANCE: Record<RebalanceRule, SleeveRebalance> = {
  monthly: { kind: "monthly" },
  quarterly: { kind: "quarterly" },
  annual: { kind: "annual" },
  never: { kind: "never" },
  band5: { kind: "band", band: 0.05 },
};

/**
 * A client's proposal from loaded market data: the allocation model, a sleeve back-test of the proposal
 * against the global 60/40, and the information-gap evidence. No I/O: the service loads, this computes.
 */
export function composeProposal(client: ProposalClient, market: MarketData, assumptions: ProposalAssumptions): ProposalView {
  const managerExcess = { ...market.managerExcessAssumptions, ...managerExcessFromReferenceFigures(market.referenceFigures) };
  const inputs = marketInputsFrom({
    history: market.history,
    snapshots: market.snapshots,
    managerExcess,
    fees: ILLUSTRATIVE_FEES,
    globalSmallCapWeights: ILLUSTRATIVE_SMALL_CAP_WEIGHTS,
    globalLargeCapWeights: ILLUSTRATIVE_LARGE_CAP_WEIGHTS,
  });
  const allocation = buildAllocation(profileOf(client), inputs, overridesOf(assumptions));

  const provenanceOf = (sleeve: SleeveId) => market.sleeveSources?.[sleeve] ?? demoProvenance(sleeve);
  const lines = allocation.lines.map((l) => {
    const fees = ILLUSTRATIVE_FEES[l.sleeve];
    const feeBps = l.style === "active" ? fees.activeBps : fees.passiveBps;
    return { ...l, amount: l.weight * client.investableAssets, feeBps, provenance: provenanceOf(l.sleeve) };
  });
  const weights: Record<string, number> = {};
  const feeTimesWeight: Record<string, number> = {};
  for (const l of lines) {
    weights[l.sleeve] = (weights[l.sleeve] ?? 0) + l.weight;
    feeTimesWeight[l.sleeve] = (feeTimesWeight[l.sleeve] ?? 0) + l.weight * l.feeBps;
  }
  const feesBps: Record<string, number> = {};
  for (const [sleeve, w] of Object.entries(weights)) feesBps[sleeve] = w > 0 ? (feeTimesWeight[sleeve] ?? 0) / w : 0;

  const hasHistory = (s: string) => s in market.history.series;
  const current = client.currentAllocation;
  const benchmarkWeights = current
    ? currentAllocationBenchmark(current, ILLUSTRATIVE_LARGE_CAP_WEIGHTS, ILLUSTRATIVE_SMALL_CAP_WEIGHTS, hasHistory)
    : globalSixtyForty(ILLUSTRATIVE_LARGE_CAP_WEIGHTS, ILLUSTRATIVE_SMALL_CAP_WEIGHTS, hasHistory);
  const backtest = runSleeveBacktest({
    series: market.history.series,
    weights,
    feesBps,
    rebalance: REBALANCE[assumptions.rebalance],
    benchmark: { weights: benchmarkWeights, feesBps: passiveFees(benchmarkWeights) },
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

function profileOf(client: ProposalClient): ClientProfile {
  return {
    riskTolerance: client.riskTolerance,
    horizonYears: client.horizonYears,
    homeMarket: client.homeMarket,
    investableAssets: client.investableAssets,
    currency: client.currency,
    constraints: {
      maxFeeBps: client.maxFeeBps,
      excludedRegions: client.excludedRegions,
      maxSmallCapShare: client.maxSmallCapShare,
      passiveOnly: client.passiveOnly,
    },
  };
}

function overridesOf(a: ProposalAssumptions): ProposalOverrides {
  return {
    ...(a.riskTolerance !== undefined ? { riskTolerance: a.riskTolerance } : {}),
    ...(a.smallCapSharePct !== undefined ? { smallCapShare: a.smallCapSharePct / 100 } : {}),
    ...(a.includedRegions ? { includedRegions: a.includedRegions } : {}),
    activeOverride: a.activeOverride,
  };
}

/** The benchmark is investable with index funds: it pays the passive fee of each sleeve. */
function passiveFees(weights: Record<string, number>): Record<string, number> {
  const fees: Record<string, number> = {};
  for (const sleeve of Object.keys(weights)) fees[sleeve] = ILLUSTRATIVE_FEES[sleeve as SleeveId]?.passiveBps ?? 0;
  return fees;
}

/** Six decimals are far below what a chart or a table shows, and keep stored scenarios small. */
function rounded(values: Float64Array): number[] {
  return Array.from(values, (v) => Math.round(v * 1e6) / 1e6);
}
