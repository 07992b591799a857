import { composeProposal, type MarketData } from "@/lib/services/proposal/compose";
import type { ProposalClient, ProposalView } from "@/lib/services/proposal/view-model";
import { generateDemoSnapshots, generateSleeveHistory, SYNTHETIC_MANAGER_EXCESS } from "@/lib/data/synthetic";
import { REFERENCE_FIGURES } from "@/lib/metrics/reference-figures";
import { DEFAULT_ASSUMPTIONS, type ProposalAssumptions } from "@/lib/validation/proposal";

/** Real proposals on the synthetic demo market, as generateProposal returns them (no database). */
const market: MarketData = {
  history: generateSleeveHistory(),
  snapshots: generateDemoSnapshots(),
  referenceFigures: REFERENCE_FIGURES,
  managerExcessAssumptions: SYNTHETIC_MANAGER_EXCESS,
  datasets: [
    { id: "d-sleeves", name: "Demo sleeve returns", vintage: "synthetic-v1", synthetic: true },
    { id: "d-snapshots", name: "Demo snapshots", vintage: "synthetic-v1", synthetic: true },
  ],
};

export const CLIENT: ProposalClient = {
  id: "c-1",
  name: "Test Client",
  homeMarket: "KOREA",
  riskTolerance: 3,
  horizonYears: 15,
  investableAssets: 1_000_000_000,
  currency: "KRW",
  maxFeeBps: null,
  excludedRegions: [],
  maxSmallCapShare: null,
  passiveOnly: false,
  currentAllocation: null,
};

export function proposal(assumptions: Partial<ProposalAssumptions> = {}, client: Partial<ProposalClient> = {}): ProposalView {
  return composeProposal({ ...CLIENT, ...client }, market, { ...DEFAULT_ASSUMPTIONS, ...assumptions });
}

/** The proposal as stored and read back: JSON text (typed arrays become plain arrays, undefined keys vanish). */
export function asStored(view: ProposalView): unknown {
  return JSON.parse(JSON.stringify(view)) as unknown;
}
