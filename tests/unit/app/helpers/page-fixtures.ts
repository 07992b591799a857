import { DEFAULT_ASSUMPTIONS } from "@/lib/validation/proposal";
import { composeProposal, type MarketData } from "@/lib/services/proposal/compose";
import type { ProposalClient, ProposalView } from "@/lib/services/proposal/view-model";
import { generateDemoSnapshots, generateSleeveHistory, SYNTHETIC_MANAGER_EXCESS } from "@/lib/data/synthetic";
import { demoDatasets } from "@/lib/demo/demo-datasets";
import { REFERENCE_FIGURES } from "@/lib/metrics/reference-figures";
import type { DatasetMeta } from "@/lib/db/datasets";
import type { ClientRecord } from "@/lib/db/clients";

/** What the pages read, as the database would hand it over: the demo seed plus one imported holdings file. */
const demo = demoDatasets();
const CREATED = new Date("2026-01-15T09:30:00Z");

export const DATASETS: DatasetMeta[] = [
  ...demo.map((d, i) => ({ id: `demo-${i}`, kind: d.kind, name: d.name, source: d.source, vintage: d.vintage, asOf: d.asOf, synthetic: d.synthetic, createdAt: CREATED })),
  {
    id: "iwm",
    kind: "snapshots",
    name: "iShares Russell 2000 ETF (IWM) holdings",
    source: "iShares holdings export, 2025-06-30",
    vintage: "2025-06-30",
    asOf: "2025-06-30",
    synthetic: false,
    createdAt: CREATED,
  },
];

export const FIGURES = REFERENCE_FIGURES.map((f, i) => ({ ...f, id: `f${i}`, updatedAt: CREATED, overridden: i === 0 }));

export const USERS = [
  { id: "u1", email: "admin@demo.example", name: "이지은", role: "ADMIN", clientCount: 0 },
  { id: "u2", email: "advisor@demo.example", name: "Daniel Park", role: "ADVISOR", clientCount: 12 },
];

export const SESSION_USER = { id: "u1", firmId: "firm", email: "admin@demo.example", name: "이지은", role: "ADMIN" as const, locale: "ko" };

const market: MarketData = {
  history: generateSleeveHistory(),
  snapshots: generateDemoSnapshots(),
  referenceFigures: REFERENCE_FIGURES,
  managerExcessAssumptions: SYNTHETIC_MANAGER_EXCESS,
  datasets: DATASETS.filter((d) => d.kind !== "panel" && d.synthetic).map((d) => ({ id: d.id, name: d.name, vintage: d.vintage, synthetic: d.synthetic })),
};

const base = { email: null, notes: null, advisorId: "u1", version: 1, archivedAt: null, createdAt: CREATED, updatedAt: CREATED };

/**
 * Two clients whose proposals meet most rules: a Korean client with a fee maximum, an excluded region and a
 * small-cap maximum (home bias, Korea's own sleeves, the minimum weight), and a US client measured against
 * their current allocation with Korea folded into Emerging Markets.
 */
export const CLIENTS: ClientRecord[] = [
  {
    ...base,
    id: "c-kr",
    name: "김서연",
    homeMarket: "KOREA",
    riskTolerance: 2,
    horizonYears: 8,
    investableAssets: 3_200_000_000,
    currency: "KRW",
    maxFeeBps: 30,
    excludedRegions: ["JAPAN"],
    maxSmallCapShare: 0.15,
    passiveOnly: false,
    currentAllocation: null,
  },
  {
    ...base,
    id: "c-us",
    name: "Olivia Grant",
    homeMarket: "US",
    riskTolerance: 4,
    horizonYears: 3,
    investableAssets: 2_500_000,
    currency: "USD",
    maxFeeBps: null,
    excludedRegions: [],
    maxSmallCapShare: null,
    passiveOnly: false,
    currentAllocation: { usEquity: 0.5, intlEquity: 0.1, bonds: 0.35, cash: 0.05 },
  },
];

function proposalClientOf(client: ClientRecord): ProposalClient {
  const { email: _e, notes: _n, advisorId: _a, version: _v, archivedAt: _d, createdAt: _c, updatedAt: _u, ...profile } = client;
  return profile;
}

export function proposalFor(client: ClientRecord): ProposalView {
  return composeProposal(proposalClientOf(client), market, DEFAULT_ASSUMPTIONS);
}

export const SCENARIO_NAME = "김서연 · 은퇴 대비안";

/** A stored scenario's view: the Korean client's proposal with the risk, regions and active mode changed for it. */
export const SCENARIO_VIEW: ProposalView = composeProposal(proposalClientOf(CLIENTS[0]!), market, {
  riskTolerance: 5,
  smallCapSharePct: 30,
  includedRegions: ["US", "EUROPE", "KOREA"],
  activeOverride: "max_active",
  rebalance: "band5",
});

const imported = DATASETS.filter((d) => !d.synthetic);

/**
 * Data shown as entered, in whatever language it was entered in: people's names and e-mails, a scenario's name,
 * an import's name and source, and the reference figures' citations (admin-editable text).
 */
export const ENTERED_DATA: readonly string[] = [
  ...CLIENTS.map((c) => c.name),
  ...USERS.flatMap((u) => [u.name, u.email]),
  SCENARIO_NAME,
  ...imported.flatMap((d) => [d.name, d.source]),
  ...FIGURES.flatMap((f) => [f.source, f.note ?? ""]).filter(Boolean),
];

/**
 * The demo seed stores English names for its data sets (lib/demo/demo-datasets.ts); a proposal's methodology
 * lists the stored names of the sets it used. The Admin page names the seed's sets from the catalog instead.
 */
export const DEMO_DATASET_NAMES: readonly string[] = demo.map((d) => d.name);
