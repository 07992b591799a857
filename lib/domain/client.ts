import type { Region } from "../market/regions";

/**
 * A client as the app works with it, whichever way it arrived (the form, the demo seed, a stored row): plain
 * types and lists, no validation and no storage. The form's schema (lib/validation/client.ts) and the data
 * access (lib/db/clients.ts) both build on this module; it depends on neither.
 */

export const HOME_MARKETS = ["US", "KOREA", "EUROPE", "JAPAN", "OTHER"] as const;
export type HomeMarket = (typeof HOME_MARKETS)[number];

/** The currencies a client's assets may be stated in; each has a minimum ticket (lib/allocation/parameters.ts). */
export const CURRENCIES = ["USD", "KRW", "EUR", "JPY", "GBP", "CHF", "AUD", "CAD", "HKD", "SGD"] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Risk tolerance levels, 1 (most conservative) to 5 (most aggressive); each is named in the catalogs (`risk.<n>`). */
export const RISK_LEVELS = [1, 2, 3, 4, 5] as const;

/** The client's current allocation by asset class, as fractions adding up to 1. */
export type CurrentAllocation = { usEquity: number; intlEquity: number; bonds: number; cash: number };

/** A client's profile and constraints: shares are fractions (the form's percentages are converted on the way in). */
export type ClientProfileFields = {
  name: string;
  email: string | null;
  homeMarket: HomeMarket;
  riskTolerance: number;
  horizonYears: number;
  investableAssets: number;
  currency: string;
  maxFeeBps: number | null;
  excludedRegions: Region[];
  /** The most of the equities that may be in small caps, as a fraction; null when the client set none. */
  maxSmallCapShare: number | null;
  passiveOnly: boolean;
  /** Used as the proposal's benchmark when given. */
  currentAllocation: CurrentAllocation | null;
  notes: string | null;
};
