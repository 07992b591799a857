import type { EquitySleeveId, Region, Size, SleeveId } from "../market/regions";

/**
 * Machine-readable reasons: which rule set a number, from which inputs. The UI words them from the catalogs
 * (components/proposal/reason-text.ts); the proposal stores them as they are, so a number can always be traced back.
 */

/** Component scores of the information gap, each 0 (no gap) to 1 (wide gap); null when the input is missing. */
export type GapComponents = {
  coverage: number | null;
  concentration: number | null;
  unprofitable: number | null;
  managerExcess: number | null;
};

export type EquityShareReason = {
  rule: "equity_share";
  inputs: { riskTolerance: number; horizonYears: number; riskSource: "profile" | "override" };
  base: number;
  horizonAdjustment: number;
  value: number;
  /** Set when no region is left to invest in, so everything goes to bonds and cash. */
  limitedBy?: "no_eligible_regions";
};

export type SmallCapShareReason = {
  rule: "small_cap_share";
  inputs: { riskTolerance: number; horizonYears: number; clientMax: number | null };
  /** The model's figure before caps, or the advisor's override. */
  proposed: number;
  source: "model" | "override";
  value: number;
  capped?: "client_max" | "model_max";
};

export type RegionExcludedReason = { rule: "region_excluded"; region: Region; by: "client" | "not_included" };

export type KoreaSleeveReason = {
  rule: "korea_sleeve";
  included: boolean;
  why: "home_market" | "included_by_advisor" | "not_selected" | "excluded";
  /** True when Korea's market weight was added to the emerging-markets sleeve instead. */
  foldedIntoEm: boolean;
};

export type HomeBiasReason = {
  rule: "home_bias";
  region: Region | null;
  homeBias: number;
  applied: boolean;
  why?: "no_home_region" | "home_not_eligible";
};

export type MaxFeeReason = {
  rule: "max_fee";
  status: "met" | "reduced_active" | "infeasible";
  feeBps: number;
  maxFeeBps: number;
};

/**
 * `merged_into_passive` is what proposals before parameters 2026-11.1 wrote for an active part below the
 * minimum sleeve weight; the minimum ticket's same-sleeve fold does that now. Kept so saved scenarios render.
 */
export type MinWeightReason = {
  rule: "min_weight";
  sleeve: EquitySleeveId;
  weight: number;
  action: "dropped_region" | "merged_into_passive";
};

/** One proposal line: its sleeve and style (null for bonds and cash). */
export type LineRef = { sleeve: SleeveId; style: "active" | "passive" | null };

/**
 * The minimum ticket of one proposal (min-ticket.ts): `amount` = max(minAmount, minWeight × investableAssets)
 * in the client's `currency`, and `weight` = amount ÷ investableAssets, at most 1.
 */
export type MinTicket = {
  weight: number;
  amount: number;
  minWeight: number;
  minAmount: number;
  currency: string;
  investableAssets: number;
};

/** Which line a small line was folded into, nearest first (ticket-fold.ts). */
export type TicketNearest = "same_sleeve" | "same_size" | "same_region" | "same_asset_class";

/**
 * A line below the minimum ticket. `folded`: its weight went to `into` (the reason is on the proposal and on
 * the receiving line). `kept`: it stays, because it is the only line of its asset class and the class is
 * below the ticket, or because every fold would raise the small-cap share above the client's maximum.
 * `portfolio_below_ticket` (proposal level): the investable assets are below the minimum amount, so no
 * line can reach it and each asset class is held as one line. Weights are fractions of the portfolio,
 * amounts weight × investable assets in the ticket's currency.
 */
export type MinTicketReason =
  | {
      rule: "min_ticket";
      action: "folded";
      line: LineRef;
      weight: number;
      amount: number;
      into: LineRef;
      nearest: TicketNearest;
      ticket: MinTicket;
    }
  | {
      rule: "min_ticket";
      action: "kept";
      line: LineRef;
      weight: number;
      amount: number;
      why: "asset_class_below_ticket" | "max_small_cap_share";
      ticket: MinTicket;
    }
  | { rule: "min_ticket"; action: "portfolio_below_ticket"; ticket: MinTicket };

export type SizeShareReason = { rule: "size_share"; size: Size; shareOfEquities: number };

export type RegionSplitReason = {
  rule: "region_split";
  region: Region;
  size: Size;
  /** Market weight among the eligible regions of this size. */
  base: number;
  /** Multiplier from the information-gap tilt (1 for large caps, which are not tilted). */
  tilt: number;
  gapScore: number | null;
  homeBias: number;
  isHome: boolean;
  /** Final share of this size's equities. */
  value: number;
};

export type ActiveShareReason = {
  rule: "active_share";
  sleeve: EquitySleeveId;
  gapScore: number | null;
  components: GapComponents;
  /** Expected gross manager excess return, decimal a year; null when none is known. */
  grossExcess: number | null;
  /** Active fee minus passive fee. */
  feeSpreadBps: number;
  netExcess: number | null;
  value: number;
  limitedBy?:
    | "passive_only"
    | "all_passive_override"
    | "no_manager_data"
    | "no_net_excess"
    | "narrow_gap"
    | "us_large_default"
    | "max_active_override";
};

export type FeeCapReason = {
  rule: "fee_cap";
  sleeve: EquitySleeveId;
  activeBefore: number;
  activeAfter: number;
  maxFeeBps: number;
};

export type DefensiveSplitReason = {
  rule: "defensive_split";
  asset: "BONDS" | "CASH";
  defensiveShare: number;
  shareOfDefensive: number;
};

export type Reason =
  | EquityShareReason
  | SmallCapShareReason
  | RegionExcludedReason
  | KoreaSleeveReason
  | HomeBiasReason
  | MaxFeeReason
  | MinWeightReason
  | MinTicketReason
  | SizeShareReason
  | RegionSplitReason
  | ActiveShareReason
  | FeeCapReason
  | DefensiveSplitReason;
