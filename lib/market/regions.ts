/**
 * Regions and sleeves shared by the importers, the synthetic market, the metrics and the portfolio model.
 * One list, so a new region is added in one place.
 */
export const REGIONS = ["US", "EUROPE", "JAPAN", "APAC_EX_JAPAN", "EM", "KOREA"] as const;
export type Region = (typeof REGIONS)[number];

export const SIZES = ["large", "small"] as const;
export type Size = (typeof SIZES)[number];

/** Equity sleeves are region × size; bonds and cash complete a portfolio. */
export type EquitySleeveId = `${Region}_${Uppercase<Size>}`;
export type SleeveId = EquitySleeveId | "BONDS" | "CASH";

export const EQUITY_SLEEVES: readonly EquitySleeveId[] = REGIONS.flatMap((r) =>
  SIZES.map((s) => `${r}_${s.toUpperCase()}` as EquitySleeveId),
);
export const ALL_SLEEVES: readonly SleeveId[] = [...EQUITY_SLEEVES, "BONDS", "CASH"];

export function sleeveId(region: Region, size: Size): EquitySleeveId {
  return `${region}_${size.toUpperCase()}` as EquitySleeveId;
}
