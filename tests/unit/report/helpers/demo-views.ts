import { composeProposal, type MarketData } from "@/lib/services/proposal/compose";
import { generateDemoSnapshots, generateSleeveHistory, SYNTHETIC_MANAGER_EXCESS } from "@/lib/data/synthetic";
import { demoDatasets } from "@/lib/demo/demo-datasets";
import { REFERENCE_FIGURES } from "@/lib/metrics/reference-figures";
import { DEFAULT_ASSUMPTIONS } from "@/lib/validation/proposal";
import type { ProposalClient, ProposalView } from "@/lib/services/proposal/view-model";

/**
 * Proposals built as the proposal page builds them, on the demo market (synthetic 2000–2024 history and snapshots,
 * the article's reference figures, the demo seed's data-set stamps).
 */
const DATASETS = demoDatasets();

const market: MarketData = {
  history: generateSleeveHistory(),
  snapshots: generateDemoSnapshots(),
  referenceFigures: REFERENCE_FIGURES,
  managerExcessAssumptions: SYNTHETIC_MANAGER_EXCESS,
  datasets: DATASETS.map((d, i) => ({ id: `demo-${i}`, name: d.name, vintage: d.vintage, synthetic: d.synthetic })),
};

const base: Pick<ProposalClient, "maxFeeBps" | "excludedRegions" | "maxSmallCapShare" | "passiveOnly" | "currentAllocation"> = {
  maxFeeBps: null, excludedRegions: [], maxSmallCapShare: null, passiveOnly: false, currentAllocation: null,
};

/** A Korean client in KRW with a fee maximum, Japan excluded and a small-cap maximum (Korea's own sleeves, folded lines). */
export const KOREAN_CLIENT: ProposalClient = {
  ...base, id: "c-kr", name: "김서연", homeMarket: "KOREA", riskTolerance: 2, horizonYears: 8, investableAssets: 3_200_000_000, currency: "KRW",
  maxFeeBps: 30, excludedRegions: ["JAPAN"], maxSmallCapShare: 0.15,
};

/** A US client in USD measured against their current allocation. */
export const US_CLIENT: ProposalClient = {
  ...base, id: "c-us", name: "Olivia Grant", homeMarket: "US", riskTolerance: 4, horizonYears: 3, investableAssets: 2_500_000, currency: "USD",
  currentAllocation: { usEquity: 0.5, intlEquity: 0.1, bonds: 0.35, cash: 0.05 },
};

export function demoView(client: ProposalClient): ProposalView {
  return composeProposal(client, market, DEFAULT_ASSUMPTIONS);
}

/** Text shown as stored, in whatever language it was stored in: the data sets' names and the reference figures' citations. */
export const STORED_TEXT: readonly string[] = [
  ...DATASETS.map((d) => d.name),
  ...REFERENCE_FIGURES.flatMap((f) => [f.source, f.note ?? ""]).filter(Boolean),
];
