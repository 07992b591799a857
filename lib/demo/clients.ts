import type { ClientProfileFields } from "../domain/client";

type DemoClient = ClientProfileFields & { id: string; advisorEmail: string };

const A1 = "advisor1@demo.smallcap.app";
const A2 = "advisor2@demo.smallcap.app";

/** Fictional clients covering the profiles the model must handle (Korean home market, exclusions, passive-only). */
export const DEMO_CLIENTS: DemoClient[] = [
  { id: "demo-client-1", advisorEmail: A1, name: "Park Ji-woo", email: "jiwoo.park@example.com", homeMarket: "KOREA", riskTolerance: 4, horizonYears: 20, investableAssets: 850_000_000, currency: "KRW", maxFeeBps: 90, excludedRegions: [], maxSmallCapShare: null, passiveOnly: false, currentAllocation: null, notes: "Prefers some home bias." },
  { id: "demo-client-2", advisorEmail: A1, name: "Choi Family Trust", email: null, homeMarket: "KOREA", riskTolerance: 2, horizonYears: 8, investableAssets: 3_200_000_000, currency: "KRW", maxFeeBps: 60, excludedRegions: ["EM"], maxSmallCapShare: 0.15, passiveOnly: false, currentAllocation: { usEquity: 0.1, intlEquity: 0.25, bonds: 0.55, cash: 0.1 }, notes: "Currently mostly domestic bonds." },
  { id: "demo-client-3", advisorEmail: A1, name: "Daniel Morgan", email: "dmorgan@example.com", homeMarket: "US", riskTolerance: 3, horizonYears: 15, investableAssets: 1_250_000, currency: "USD", maxFeeBps: null, excludedRegions: [], maxSmallCapShare: null, passiveOnly: true, currentAllocation: null, notes: "Index funds only." },
  { id: "demo-client-4", advisorEmail: A2, name: "Emma Schneider", email: "emma.s@example.com", homeMarket: "EUROPE", riskTolerance: 5, horizonYears: 25, investableAssets: 640_000, currency: "EUR", maxFeeBps: 120, excludedRegions: [], maxSmallCapShare: 0.35, passiveOnly: false, currentAllocation: null, notes: null },
  { id: "demo-client-5", advisorEmail: A2, name: "Tanaka Hiroshi", email: null, homeMarket: "JAPAN", riskTolerance: 3, horizonYears: 12, investableAssets: 95_000_000, currency: "JPY", maxFeeBps: 80, excludedRegions: [], maxSmallCapShare: null, passiveOnly: false, currentAllocation: null, notes: null },
  { id: "demo-client-6", advisorEmail: A2, name: "Olivia Bennett", email: "olivia@example.com", homeMarket: "US", riskTolerance: 1, horizonYears: 5, investableAssets: 400_000, currency: "USD", maxFeeBps: 50, excludedRegions: ["EM", "APAC_EX_JAPAN"], maxSmallCapShare: 0.1, passiveOnly: false, currentAllocation: { usEquity: 0.35, intlEquity: 0.05, bonds: 0.5, cash: 0.1 }, notes: "Retiring in five years." },
];
