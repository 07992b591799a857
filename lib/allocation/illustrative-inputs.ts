import type { Region, SleeveId } from "../market/regions";
import type { SleeveFees } from "./types";

/**
 * Round, illustrative market inputs for the demo and for clients before real data is loaded. They are in
 * the spirit of MSCI ACWI / ACWI Small Cap regional weights and of typical index-fund and active-fund fees,
 * but they are NOT index data or fee quotes: the app must label proposals built on them as illustrative.
 * EM excludes Korea, which has its own entry (see `eligibleRegions` for how it is folded back).
 */
export const ILLUSTRATIVE_LARGE_CAP_WEIGHTS: Readonly<Record<Region, number>> = {
  US: 0.64,
  EUROPE: 0.15,
  JAPAN: 0.05,
  APAC_EX_JAPAN: 0.03,
  EM: 0.118,
  KOREA: 0.012,
};

/** Small caps are less US-dominated than large caps, with more weight in Japan and emerging markets. */
export const ILLUSTRATIVE_SMALL_CAP_WEIGHTS: Readonly<Record<Region, number>> = {
  US: 0.6,
  EUROPE: 0.12,
  JAPAN: 0.1,
  APAC_EX_JAPAN: 0.04,
  EM: 0.12,
  KOREA: 0.02,
};

/** Annual fees in basis points; small-cap and emerging-market funds cost more to run, active ones most. */
export const ILLUSTRATIVE_FEES: Readonly<Record<SleeveId, SleeveFees>> = {
  US_LARGE: { passiveBps: 3, activeBps: 45 },
  US_SMALL: { passiveBps: 10, activeBps: 75 },
  EUROPE_LARGE: { passiveBps: 12, activeBps: 55 },
  EUROPE_SMALL: { passiveBps: 20, activeBps: 85 },
  JAPAN_LARGE: { passiveBps: 12, activeBps: 55 },
  JAPAN_SMALL: { passiveBps: 20, activeBps: 85 },
  APAC_EX_JAPAN_LARGE: { passiveBps: 15, activeBps: 60 },
  APAC_EX_JAPAN_SMALL: { passiveBps: 25, activeBps: 90 },
  EM_LARGE: { passiveBps: 15, activeBps: 65 },
  EM_SMALL: { passiveBps: 30, activeBps: 100 },
  KOREA_LARGE: { passiveBps: 10, activeBps: 55 },
  KOREA_SMALL: { passiveBps: 20, activeBps: 85 },
  BONDS: { passiveBps: 5, activeBps: 35 },
  CASH: { passiveBps: 0, activeBps: 0 },
};
