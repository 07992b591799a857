import type { MarketData } from "@/lib/services/proposal/compose";
import { generateDemoSnapshots, generateSleeveHistory, SYNTHETIC_MANAGER_EXCESS } from "@/lib/data/synthetic";
import { REFERENCE_FIGURES } from "@/lib/metrics/reference-figures";
import type { SleeveHistory } from "@/lib/market/types";
import type { ProposalClient } from "@/lib/services/proposal/view-model";

/** The demo market as the proposal page sees it (synthetic 2000–2024 sleeve history and snapshots). */
export const DEMO_HISTORY = generateSleeveHistory();

export function marketWith(history: SleeveHistory = DEMO_HISTORY): MarketData {
  return {
    history,
    snapshots: generateDemoSnapshots(),
    referenceFigures: REFERENCE_FIGURES,
    managerExcessAssumptions: SYNTHETIC_MANAGER_EXCESS,
    datasets: [{ id: "d1", name: "demo", vintage: "v", synthetic: true }],
  };
}

/** The history from `first` on: the episodes before it are then not covered by the data. */
export function historyFrom(first: string): SleeveHistory {
  const series: SleeveHistory["series"] = {};
  for (const [sleeve, s] of Object.entries(DEMO_HISTORY.series)) {
    const i = s!.months.indexOf(first);
    series[sleeve as keyof typeof series] = { name: s!.name, months: s!.months.slice(i), returns: s!.returns.slice(i) };
  }
  return { ...DEMO_HISTORY, series };
}

export const KRW_CLIENT: ProposalClient = {
  id: "c-risk", name: "Risk test", homeMarket: "KOREA", riskTolerance: 3, horizonYears: 15, investableAssets: 500_000_000, currency: "KRW",
  maxFeeBps: null, excludedRegions: [], maxSmallCapShare: null, passiveOnly: false, currentAllocation: null,
};
