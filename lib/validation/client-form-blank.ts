import type { Region } from "../market/regions";
import type { Currency, HomeMarket } from "../domain/client";

// The client form's fields and blank values, apart from the schema (client.ts), so the browser's form imports
// them without bundling zod.

/**
 * What the client form's controls hold: text as typed (numbers too, in percent where the schema takes percent),
 * the regions ticked and the check box. Every value of this type is an input clientInputSchema can check.
 */
export type ClientFormFields = {
  name: string;
  email: string;
  homeMarket: HomeMarket;
  riskTolerance: string;
  horizonYears: string;
  investableAssets: string;
  currency: Currency;
  maxFeeBps: string;
  excludedRegions: Region[];
  maxSmallCapSharePct: string;
  passiveOnly: boolean;
  notes: string;
  currentUsEquityPct: string;
  currentIntlEquityPct: string;
  currentBondsPct: string;
  currentCashPct: string;
};

/** The new-client form: a middle risk tolerance and a ten-year horizon, everything else blank or unticked. */
export const BLANK_CLIENT_FORM: ClientFormFields = {
  name: "",
  email: "",
  homeMarket: "US",
  riskTolerance: "3",
  horizonYears: "10",
  investableAssets: "",
  currency: "USD",
  maxFeeBps: "",
  excludedRegions: [],
  maxSmallCapSharePct: "",
  passiveOnly: false,
  notes: "",
  currentUsEquityPct: "",
  currentIntlEquityPct: "",
  currentBondsPct: "",
  currentCashPct: "",
};
