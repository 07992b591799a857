import type { Region, Size } from "../../market/regions";

/**
 * Targets of the synthetic index snapshots. Anchors from the article (domain.md §1): large caps average
 * 16.4 analysts and small caps ~5.7; over 40% of US small-cap constituents are unprofitable (15–20% of the
 * weight); small-cap indices are far less concentrated. Counts follow the usual indices (S&P 500 and
 * Russell 2000; MSCI Europe / Japan / Pacific ex Japan / EM and their small-cap versions, thinned; KRX
 * ranks 1–100 for Korea large). Everything else — the regional spread, Japan small caps being the least
 * covered, the top-10 shares — is a plausible assumption for the demo, not data.
 */
export type SnapshotSpec = {
  count: number;
  /** Share of index weight in the ten largest constituents. */
  top10: number;
  /** Mean analysts per constituent. */
  analysts: number;
  /** Share of constituents, by count, that are unprofitable. */
  unprofitable: number;
  countries: readonly string[];
};

const US = ["United States"];
const EUROPE = ["United Kingdom", "France", "Germany", "Switzerland", "Netherlands", "Sweden", "Italy", "Spain"];
const APAC = ["Australia", "Hong Kong", "Singapore", "New Zealand"];
const EM = ["China", "India", "Taiwan", "Brazil", "Saudi Arabia", "South Africa", "Mexico"];

export const SNAPSHOT_SPECS: Record<Region, Record<Size, SnapshotSpec>> = {
  US: {
    large: { count: 500, top10: 0.34, analysts: 18, unprofitable: 0.06, countries: US },
    small: { count: 1950, top10: 0.03, analysts: 7, unprofitable: 0.42, countries: US },
  },
  EUROPE: {
    large: { count: 420, top10: 0.24, analysts: 17, unprofitable: 0.05, countries: EUROPE },
    small: { count: 900, top10: 0.04, analysts: 6.5, unprofitable: 0.35, countries: EUROPE },
  },
  JAPAN: {
    large: { count: 230, top10: 0.26, analysts: 14, unprofitable: 0.04, countries: ["Japan"] },
    small: { count: 900, top10: 0.03, analysts: 3, unprofitable: 0.25, countries: ["Japan"] },
  },
  APAC_EX_JAPAN: {
    large: { count: 120, top10: 0.35, analysts: 16, unprofitable: 0.05, countries: APAC },
    small: { count: 400, top10: 0.05, analysts: 5.5, unprofitable: 0.4, countries: APAC },
  },
  EM: {
    large: { count: 800, top10: 0.28, analysts: 15, unprofitable: 0.07, countries: EM },
    small: { count: 1500, top10: 0.03, analysts: 6, unprofitable: 0.33, countries: EM },
  },
  KOREA: {
    large: { count: 100, top10: 0.35, analysts: 16, unprofitable: 0.08, countries: ["Korea"] },
    small: { count: 1000, top10: 0.05, analysts: 5, unprofitable: 0.4, countries: ["Korea"] },
  },
};
