import type { z } from "zod";
import type { EquitySleeveId, Region, Size, SleeveId } from "../market/regions";
import type { Reason } from "./reasons";
import type { clientConstraintsSchema, clientProfileSchema, proposalOverridesSchema } from "./schema";

export type HomeMarket = ClientProfile["homeMarket"];

/**
 * maxFeeBps: ceiling on the portfolio's weighted expected fee, bps a year (null = none);
 * maxSmallCapShare: ceiling on small caps as a fraction of equities (null = none).
 */
export type ClientConstraints = z.infer<typeof clientConstraintsSchema>;

/** riskTolerance is an integer from 1 (lowest) to 5 (highest). */
export type ClientProfile = z.infer<typeof clientProfileSchema>;

/**
 * What an advisor may change on one proposal without editing the client's profile. `smallCapShare`
 * replaces the model's figure (the client's maximum still applies); `includedRegions` narrows the regions
 * (excluded ones stay excluded); `homeBias` runs from 0 (market weights) to 1 (everything at home).
 */
export type ProposalOverrides = z.infer<typeof proposalOverridesSchema>;

/** Historical statistics of a sleeve's index, from its monthly returns. */
export type SleeveStats = {
  /** Arithmetic mean monthly return × 12. */
  annualMeanReturn: number;
  /** Sample standard deviation (n − 1) of monthly returns × √12. */
  annualVolatility: number;
  months: number;
};

/** The information-gap inputs the model scores, each null when the snapshot could not provide it. */
export type GapSummary = {
  analystMean: number | null;
  top10Share: number | null;
  unprofitableShareByCount: number | null;
};

export type SleeveFees = { passiveBps: number; activeBps: number };

export type MarketInputs = {
  sleeveStats: Partial<Record<SleeveId, SleeveStats>>;
  gapMetrics: Partial<Record<EquitySleeveId, GapSummary>>;
  /** Expected gross excess return of active managers over the sleeve's index, decimal a year. */
  managerExcess: Partial<Record<SleeveId, number>>;
  fees: Record<SleeveId, SleeveFees>;
  /** Regional market weights of global small caps; EM excludes Korea, which has its own entry. */
  globalSmallCapWeights: Record<Region, number>;
  /** The same for large caps. */
  globalLargeCapWeights: Record<Region, number>;
};

export type Style = "active" | "passive";

export type AllocationLine = {
  sleeve: SleeveId;
  region: Region | null;
  size: Size | null;
  /** null for bonds and cash. */
  style: Style | null;
  /** Fraction of the whole portfolio. */
  weight: number;
  reasons: readonly Reason[];
};

export type Allocation = {
  lines: readonly AllocationLine[];
  equityShare: number;
  /** Realised shares; null when the portfolio holds no equities. */
  smallCapShareOfEquities: number | null;
  activeShareOfEquities: number | null;
  /** Σ weight × fee over every line, basis points a year. */
  expectedFeeBps: number;
  /** Σ weight × historical annual mean return; null when a held sleeve has no history. */
  historicalMeanReturn: number | null;
  reasons: readonly Reason[];
  parametersVersion: string;
};
