import type { Region, Size, SleeveId } from "../../market/regions";
import type { ClientProfileFields } from "../../domain/client";
import type { Reason } from "../../allocation/reasons";
import type { InformationGapMetrics } from "../../metrics/types";
import type { ReferenceFigure } from "../../metrics/reference-figures";
import type { CalendarYear, CommonPeriod, RelativeStats, SleeveStats } from "../../backtest/sleeve-types";
import type { ProposalAssumptions } from "../../validation/proposal";
import type { MonteCarloMethodology } from "../../risk";
import type { DatasetStamp, EvidenceSegment, SleeveProvenance, SleeveSource } from "./provenance";
import type { ProposalRisk } from "./risk-view";

export type { DatasetStamp } from "./provenance";

/**
 * Everything the proposal page shows, as plain JSON: the same object is returned by generateProposal,
 * stored in a scenario version, and rendered again from it, so a saved scenario looks exactly as it did.
 */
export type ProposalView = {
  client: ProposalClient;
  assumptions: ProposalAssumptions;
  allocation: {
    lines: {
      sleeve: SleeveId;
      region: Region | null;
      size: Size | null;
      style: "active" | "passive" | null;
      weight: number;
      amount: number;
      feeBps: number;
      reasons: readonly Reason[];
      /** Where the line's return series comes from; absent in versions saved before real data. */
      provenance?: SleeveProvenance;
    }[];
    equityShare: number;
    smallCapShareOfEquities: number | null;
    activeShareOfEquities: number | null;
    expectedFeeBps: number;
    reasons: readonly Reason[];
  };
  backtest: {
    months: string[];
    commonPeriod: CommonPeriod;
    proposal: { wealthNet: number[]; wealthGross: number[]; drawdown: number[] };
    /** `current` is the client's current allocation when it is the benchmark, else null (global 60/40). */
    benchmark: { wealth: number[]; drawdown: number[]; weights: Record<string, number>; current: ProposalClient["currentAllocation"] };
    yearly: CalendarYear[];
    stats: { net: SleeveStats; gross: SleeveStats; benchmark: SleeveStats | null };
    relative: RelativeStats | null;
    /** Every sleeve the back-test used (proposal and benchmark), with its history and source; absent in older versions. */
    sleeveSources?: SleeveSource[];
    /** The latest first month among the real series used: the common period starts no earlier; null without real series. */
    latestRealStart?: string | null;
  };
  evidence: {
    /** The snapshot per region × size the allocation model scored (older versions show only these). */
    rows: { region: Region; small: InformationGapMetrics | null; large: InformationGapMetrics | null }[];
    /** One row per segment present, real or synthetic, with estimate proxies where an estimates file is active. */
    segments?: EvidenceSegment[];
    referenceFigures: ReferenceFigure[];
  };
  synthetic: boolean;
  methodology: Methodology;
  /**
   * The forward-looking risk (risk.ts). Saved versions carry it; the live page loads it separately after the
   * proposal (generateProposalRisk), so it is absent there and in versions saved before it existed.
   */
  risk?: ProposalRisk;
};

/** The client as the proposal saw it (stored in a scenario with it). */
export type ProposalClient = Omit<ClientProfileFields, "email" | "notes"> & { id: string };

/**
 * How the proposal was computed, as codes (the UI names them from the catalogs). Scenarios saved before the
 * codes were introduced hold English text in `benchmark` and `feesApplied`; nothing renders those two fields
 * (the benchmark is named from `backtest.benchmark.current`), so old and new stamps show alike.
 */
export type Methodology = {
  engineVersion: string;
  parametersVersion: string;
  datasets: DatasetStamp[];
  /** The survivorship mode of the size-bucket evidence; sleeve series are index returns. */
  survivorship: "total_loss";
  rebalance: ProposalAssumptions["rebalance"];
  benchmark: "global_60_40" | "current_allocation";
  feesApplied: "per_sleeve_monthly";
  managerExcessInBacktest: false;
  /** How the risk projection was drawn (method, seed, paths, block length, risk engine version, months resampled). */
  risk?: MonteCarloMethodology;
};
