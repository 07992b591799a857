import { buildAllocation } from "../../allocation/model";
import { managerExcessFromReferenceFigures, marketInputsFrom } from "../../allocation/market-inputs";
import { ILLUSTRATIVE_FEES, ILLUSTRATIVE_LARGE_CAP_WEIGHTS, ILLUSTRATIVE_SMALL_CAP_WEIGHTS } from "../../allocation/illustrative-inputs";
import type { ClientProfile, ProposalOverrides } from "../../allocation/types";
import type { SleeveRebalance } from "../../backtest/sleeve-types";
import type { SleeveId } from "../../market/regions";
import type { ProposalAssumptions, RebalanceRule } from "../../validation/proposal";
import { currentAllocationBenchmark, globalSixtyForty } from "./benchmark";
import type { MarketData } from "./market-data";
import type { SleeveProvenance } from "./provenance";
import { demoProvenance } from "./real-market";
import type { ProposalClient } from "./view-model";

export const REBALANCE: Record<RebalanceRule, SleeveRebalance> = {
  monthly: { kind: "monthly" },
  quarterly: { kind: "quarterly" },
  annual: { kind: "annual" },
  never: { kind: "never" },
  band5: { kind: "band", band: 0.05 },
};

/**
 * The proposal as mixes of sleeves, what the back-test and the risk projection both play: the allocation
 * model's lines, their weights and weight-averaged fees per sleeve, and the benchmark (the client's current
 * allocation, else the global 60/40) at passive fees. Split from composeProposal so the risk action builds
 * the same mixes without running the back-test.
 */
export function proposalMixes(client: ProposalClient, market: MarketData, assumptions: ProposalAssumptions) {
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

  const provenanceOf = (sleeve: SleeveId): SleeveProvenance => market.sleeveSources?.[sleeve] ?? demoProvenance(sleeve);
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
  return {
    allocation,
    lines,
    provenanceOf,
    current,
    rebalance: REBALANCE[assumptions.rebalance],
    proposal: { weights, feesBps },
    benchmark: { weights: benchmarkWeights, feesBps: passiveFees(benchmarkWeights) },
  };
}

/** The risk tolerance the proposal was built for: the assumption's when the advisor set one, else the profile's. */
export function effectiveRiskTolerance(client: ProposalClient, assumptions: ProposalAssumptions): number {
  return assumptions.riskTolerance ?? client.riskTolerance;
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
