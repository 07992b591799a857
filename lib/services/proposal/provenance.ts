import type { DatasetKind } from "../../market/dataset-kinds";
import type { EquitySleeveId, SleeveId } from "../../market/regions";
import type { SnapshotSegment } from "../../market/slots";
import type { InformationGapMetrics } from "../../metrics/types";

/**
 * Where each figure of a proposal comes from, as data (the UI words it from the catalogs). Stored with a
 * scenario, so a saved proposal still says which sleeve was real and which was illustrative.
 */

/** How a real sleeve series was built from its file (lib/market/real-sleeves.ts). */
export type SleeveMethod = "size_portfolios" | "factor_decomposition" | "risk_free";

/** A dataset as the proposal cites it: names as stored, shown as entered. */
export type DatasetRef = { datasetId: string; datasetName: string; source: string; vintage: string };

export type RealSleeve = DatasetRef & {
  kind: "real";
  /** Returns are in this currency (French's regional files are in US dollars). */
  currency: "USD";
  method: SleeveMethod;
  /** factor_decomposition: the assumed small-cap share of the region's market cap. */
  smallCapShare?: number;
};

/**
 * `synthetic`: the demo market stands in where real data could be loaded (an activation slot exists for it).
 * `illustrative`: no public series exists in the app (bonds; Korea without a Korean panel), so the demo series
 * illustrates the sleeve and is labelled so line by line.
 */
export type SleeveProvenance = RealSleeve | { kind: "synthetic" } | { kind: "illustrative" };

/** A sleeve of the back-test (proposal or benchmark): its span of history and where it comes from. */
export type SleeveSource = { sleeve: SleeveId; firstMonth: string; lastMonth: string; provenance: SleeveProvenance };

/** The estimate proxies of a snapshot (lib/metrics/estimate-proxies.ts), with the estimates file they come from. */
export type EstimateProxyFigures = DatasetRef & {
  asOf: string | null;
  constituents: number;
  matched: number;
  matchRate: number | null;
  /** Over matched names (weights renormalised over them): a negative consensus EPS estimate, a proxy for unprofitable. */
  negativeShareByCount: number | null;
  negativeShareByWeight: number | null;
  /** Over matched names: no consensus estimate, a proxy for no analyst coverage. */
  noEstimateShareByCount: number | null;
  noEstimateShareByWeight: number | null;
};

/** One row of the information-gap evidence: a segment (area × tier [× market]) and its snapshot's metrics. */
export type EvidenceSegment = {
  /** The activation slot key, e.g. `snapshot:US:small` or `snapshot:KOREA:small:KOSDAQ`. */
  slot: string;
  segment: SnapshotSegment;
  metrics: InformationGapMetrics;
  /** Real when an activated dataset filled the slot; the demo's synthetic snapshot otherwise. */
  provenance: ({ kind: "real" } & DatasetRef) | { kind: "synthetic" };
  /** The sleeve whose gap score this snapshot set in the allocation model, or null (mid, micro, developed, or another market chosen). */
  modelSleeve: EquitySleeveId | null;
  proxies: EstimateProxyFigures | null;
};

/** A dataset in the methodology stamp: what it is and which slots it filled in this proposal. */
export type DatasetStamp = {
  id: string;
  name: string;
  vintage: string;
  synthetic: boolean;
  /** Absent in stamps saved before real data (those listed only the demo's datasets). */
  kind?: DatasetKind;
  source?: string;
  asOf?: string | null;
  slots?: string[];
};
