import { generateDemoSnapshots, generateSleeveHistory, SYNTHETIC_MANAGER_EXCESS } from "@/lib/data/synthetic";
import type { FrenchFactors } from "@/lib/data/french-factors";
import { frenchFactorsToJson } from "@/lib/data/french-factors-json";
import type { FrenchFile } from "@/lib/data/french-size";
import type { EpsEstimates } from "@/lib/data/eps-estimates";
import { REFERENCE_FIGURES } from "@/lib/metrics/reference-figures";
import { frenchFileToJson } from "@/lib/market/stored-payloads";
import type { SnapshotSegment } from "@/lib/market/slots";
import type { ConstituentSnapshot } from "@/lib/market/types";
import { composeProposal, type MarketData } from "@/lib/services/proposal/compose";
import { contributionOf } from "@/lib/services/proposal/contribution";
import { withRealData, type Activation, type DatasetInfo } from "@/lib/services/proposal/real-market";
import type { ProposalClient } from "@/lib/services/proposal/view-model";

/**
 * A demo market with hand-made real datasets laid over it (Europe factors, US size portfolios, an IWM-like
 * snapshot, KRX lists, EPS estimates), for the composition, page and report tests. Every number is small and
 * round enough to be checked by hand.
 */

/** Months YYYY-MM from `start`, `n` of them. */
export function months(start: string, n: number): string[] {
  const [y, m] = start.split("-").map(Number) as [number, number];
  return Array.from({ length: n }, (_, i) => {
    const k = y * 12 + (m - 1) + i;
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}`;
  });
}

// Europe factors, 2005-01 … 2019-12. The first two months are round numbers checked by hand below; the rest
// follow a smooth pattern so the sleeve has a volatility.
export const EU_MONTHS = months("2005-01", 180);
const mktRf = EU_MONTHS.map((_, i) => (i === 0 ? 0.02 : i === 1 ? -0.03 : 0.01 * Math.sin(i)));
const smb = EU_MONTHS.map((_, i) => (i === 0 ? 0.01 : i === 1 ? -0.02 : 0.004 * Math.cos(i)));
const rf = EU_MONTHS.map((_, i) => (i === 0 ? 0.005 : i === 1 ? 0.004 : 0.002));
export const europe: FrenchFactors = {
  region: "EUROPE",
  vintage: { yyyymm: "202510", database: "Bloomberg" },
  factors: ["Mkt-RF", "SMB", "HML", "RF"],
  monthly: {
    periods: EU_MONTHS,
    columns: { "Mkt-RF": Float64Array.from(mktRf), SMB: Float64Array.from(smb), HML: new Float64Array(180), RF: Float64Array.from(rf) },
  },
  annual: null,
  daily: null,
};

// US portfolios formed on size, 2003-01 … 2020-12.
export const US_MONTHS = months("2003-01", 216);
export const lo30 = Float64Array.from(US_MONTHS, (_, i) => 0.012 * Math.sin(i / 2) + 0.001);
export const hi30 = Float64Array.from(US_MONTHS, (_, i) => 0.009 * Math.sin(i / 3) + 0.002);
export const meFile: FrenchFile = {
  vintage: { yyyymm: "202602", database: "CRSP" },
  preamble: "",
  sections: [{
    title: "Average Value Weighted Returns -- Monthly", kind: "vw", frequency: "monthly", unit: "decimal", line: 1,
    columns: ["Lo 30", "Med 40", "Hi 30"], periods: US_MONTHS, values: [lo30, new Float64Array(216), hi30],
  }],
};

/** n constituents T0…T(n−1), weights proportional to n, n−1, …, 1. */
export function snapshot(id: string, label: string, segment: SnapshotSegment, n: number, asOf: string): ConstituentSnapshot {
  const total = (n * (n + 1)) / 2;
  return {
    id, label, source: `${label} holdings`, asOf, region: segment.area === "DEVELOPED" ? "US" : segment.area, size: segment.tier === "large" ? "large" : "small",
    synthetic: false, hasAnalysts: false, hasProfitable: false, segment,
    constituents: Array.from({ length: n }, (_, i) => ({ ticker: `T${i}`, name: `Name ${i}`, sector: null, country: null, weight: (n - i) / total, marketValue: null })),
  };
}

export const iwm = snapshot("iwm", "iShares Russell 2000 ETF (IWM)", { area: "US", tier: "small", market: null }, 20, "2026-05-05");
export const kosdaqSmall = snapshot("kosdaq-small", "KOSDAQ small", { area: "KOREA", tier: "small", market: "KOSDAQ" }, 30, "2026-02-13");
export const kospiSmall = snapshot("kospi-small", "KOSPI small", { area: "KOREA", tier: "small", market: "KOSPI" }, 25, "2026-02-13");
export const kospiLarge = snapshot("kospi-large", "KOSPI large", { area: "KOREA", tier: "large", market: "KOSPI" }, 15, "2026-02-13");

// Estimates for T0…T9 of IWM: three negative, one without a consensus, six positive; T10…T19 are not listed.
export const estimates: EpsEstimates = {
  records: Array.from({ length: 10 }, (_, i) => ({
    symbol: `T${i}`, name: `Name ${i}`, reportDate: "2026-01-15", fiscalDateEnding: "2025-12-31", currency: "USD",
    estimate: i < 3 ? -0.1 : i === 3 ? null : 0.5,
  })),
  recordsRead: 10, duplicatesDropped: 0, firstReportDate: "2026-01-15", lastReportDate: "2026-01-15",
};

const info = (id: string, kind: DatasetInfo["kind"], name: string, vintage: string, asOf: string | null = null): DatasetInfo => ({
  id, kind, name, source: kind.startsWith("french") ? "Kenneth R. French Data Library" : `${name} source`, vintage, asOf, synthetic: false,
});
export const datasets = {
  europe: info("ds-eu", "french_factors", "Europe 3 Factors 202510", "202510 Bloomberg"),
  me: info("ds-me", "french_size", "Portfolios Formed on ME", "202602 CRSP"),
  iwm: info("ds-iwm", "snapshots", "iShares Russell 2000 ETF (IWM)", "2026-05-05", "2026-05-05"),
  kosdaqSmall: info("ds-kq-s", "snapshots", "KRX KOSDAQ small", "2026-02-13", "2026-02-13"),
  kospiSmall: info("ds-kp-s", "snapshots", "KRX KOSPI small", "2026-02-13", "2026-02-13"),
  kospiLarge: info("ds-kp-l", "snapshots", "KRX KOSPI large", "2026-02-13", "2026-02-13"),
  estimates: info("ds-eps", "estimates", "EPS calendar", "2025-12-26", "2025-12-26"),
};
// Payloads as stored (JSON), decoded and built as the loader does.
export const payloads: Record<string, unknown> = {
  "ds-eu": JSON.parse(JSON.stringify(frenchFactorsToJson(europe))),
  "ds-me": JSON.parse(JSON.stringify(frenchFileToJson(meFile))),
  "ds-iwm": [iwm], "ds-kq-s": [kosdaqSmall], "ds-kp-s": [kospiSmall], "ds-kp-l": [kospiLarge], "ds-eps": estimates,
};
const act = (slot: string, d: DatasetInfo): Activation => ({ slot, dataset: d, contribution: contributionOf(d, payloads[d.id]) });
export const ALL: Activation[] = [
  act("returns:EUROPE_SMALL", datasets.europe),
  act("returns:EUROPE_LARGE", datasets.europe),
  act("returns:US_SMALL", datasets.me),
  act("returns:US_LARGE", datasets.me),
  act("snapshot:US:small", datasets.iwm),
  act("snapshot:KOREA:small:KOSDAQ", datasets.kosdaqSmall),
  act("snapshot:KOREA:small:KOSPI", datasets.kospiSmall),
  act("snapshot:KOREA:large:KOSPI", datasets.kospiLarge),
  act("estimates:US", datasets.estimates),
];

export const demoHistory = generateSleeveHistory();
export const demoSnapshots = generateDemoSnapshots();
export const demo = {
  history: demoHistory,
  snapshots: demoSnapshots,
  historyDataset: { ...info("demo-h", "sleeve_history", "Demo sleeve returns", "synthetic-v1"), synthetic: true },
  snapshotDatasets: [{ ...info("demo-s", "snapshots", "Demo snapshots", "synthetic-v1"), synthetic: true }],
};

export function marketWith(activations: readonly Activation[]): MarketData {
  const real = withRealData(demo, activations);
  return {
    history: real.history, snapshots: real.segments.map((s) => s.snapshot), referenceFigures: REFERENCE_FIGURES,
    managerExcessAssumptions: SYNTHETIC_MANAGER_EXCESS, datasets: real.datasets, sleeveSources: real.sleeveSources,
    segments: real.segments, estimates: real.estimates,
  };
}

export const usClient: ProposalClient = {
  id: "c1", name: "Test", homeMarket: "US", riskTolerance: 4, horizonYears: 15, investableAssets: 2_000_000, currency: "USD",
  maxFeeBps: null, excludedRegions: [], maxSmallCapShare: null, passiveOnly: false, currentAllocation: null,
};
export const krClient: ProposalClient = { ...usClient, id: "c2", homeMarket: "KOREA", currency: "KRW", investableAssets: 3_000_000_000 };
export const base = { activeOverride: "model", rebalance: "annual" } as const;

/** Entered data the real-data view shows as stored (dataset names, sources, fund labels), for the catalog checks. */
export const REAL_DATA_TEXT: readonly string[] = [
  ...Object.values(datasets).flatMap((d) => [d.name, d.source]),
  ...[iwm, kosdaqSmall, kospiSmall, kospiLarge].flatMap((s) => [s.label, s.source]),
  "Demo sleeve returns", "Demo snapshots",
];

/** The proposal a client gets with every hand-made dataset active. */
export function realDataView(client: ProposalClient = krClient) {
  return composeProposal(client, marketWith(ALL), base);
}
