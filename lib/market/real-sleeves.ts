import { alignSleeves } from "../backtest/common-period";
import type { CommonPeriod } from "../backtest/sleeve-types";
import { compoundByMonth } from "../data/french-factors-daily";
import type { FactorRegion, FrenchFactors } from "../data/french-factors";
import { frenchSeries, type FrenchFile } from "../data/french-size";
import { REGIONS, sleeveId, type Region, type SleeveId } from "./regions";
import type { MonthlySeries } from "./types";

/**
 * Real sleeve series from Kenneth French's files (pure; data and codes only, the UI words them):
 * - US small and large: the value-weighted bottom and top 30% of Portfolios_Formed_on_ME (NYSE breakpoints);
 * - a region's small and large: its market return split into small and big with SMB (see regionSleevesFromFactors);
 * - cash: the one-month T-bill (RF).
 * Every French file, the regional ones included, is in US dollars.
 */

/**
 * The small stocks' assumed share of a region's market cap. French's international 2×3 sorts put the
 * small/big breakpoint at the 90th percentile of market cap, so small stocks hold about 10% of it; in
 * Developed_6_Portfolios_ME_BE-ME (Average Firm Size × Number of Firms, 1990-07…2024-04) the SMALL share is
 * 9.3% on average (6.7%–11.1%). docs/decisions.md, "Regional small and large sleeves from factor files".
 */
export const SMALL_CAP_SHARE = 0.1;

/** French publishes every file, the regional ones included, in US dollars. */
export const FRENCH_CURRENCY = "USD" as const;

export type FrenchVintage = FrenchFactors["vintage"];

/** A series' span: first and last month and how many months (contiguous). */
export type SeriesSpan = { start: string; end: string; months: number };

export type SizePortfolioMethod = {
  method: "size_portfolios";
  region: "US";
  currency: typeof FRENCH_CURRENCY;
  vintage: FrenchVintage;
  weighting: "value";
  /** Small = below the 30th NYSE percentile of market cap, large = above the 70th (French's Lo 30 and Hi 30). */
  breakpoints: { exchange: "NYSE"; smallBelow: 0.3; largeAbove: 0.7 };
  columns: { small: "Lo 30"; large: "Hi 30" };
};

export type FactorDecompositionMethod = {
  method: "factor_decomposition";
  region: FactorRegion;
  currency: typeof FRENCH_CURRENCY;
  vintage: FrenchVintage;
  /** The assumed small-cap share s of the market: Rb = Rm − s·SMB, Rs = Rb + SMB, with Rm = (Mkt-RF) + RF. */
  smallCapShare: number;
  /** "daily": the file has only daily rows; small and big are built day by day and compounded into months. */
  frequency: "monthly" | "daily";
};

export type RiskFreeMethod = {
  method: "risk_free";
  region: FactorRegion;
  currency: typeof FRENCH_CURRENCY;
  vintage: FrenchVintage;
  frequency: "monthly" | "daily";
};

export type SizeSleeves<M> = {
  small: MonthlySeries;
  large: MonthlySeries;
  /** The portfolio model's sleeves these series stand for; empty for regions it has none for (DEVELOPED, …). */
  sleeves: Partial<Record<SleeveId, MonthlySeries>>;
  provenance: M;
  period: SeriesSpan;
};

/** The portfolio model's region of a factor region, or null (DEVELOPED, DEVELOPED_EX_US, NORTH_AMERICA). */
export function sleeveRegionOf(region: FactorRegion): Region | null {
  return REGIONS.find((r) => r === region) ?? null;
}

function sleevesOf(region: FactorRegion, small: MonthlySeries, large: MonthlySeries): Partial<Record<SleeveId, MonthlySeries>> {
  const r = sleeveRegionOf(region);
  return r ? { [sleeveId(r, "small")]: small, [sleeveId(r, "large")]: large } : {};
}

/**
 * The months from the first to the last where every value is present, as indices.
 * @throws Error when a value is missing (NaN) between them: a gap is never filled or skipped.
 */
function presentRange(name: string, periods: readonly string[], columns: readonly ArrayLike<number>[]): [number, number] {
  const present = (i: number) => columns.every((c) => Number.isFinite(c[i]));
  let first = 0;
  while (first < periods.length && !present(first)) first++;
  let last = periods.length - 1;
  while (last >= first && !present(last)) last--;
  if (first > last) throw new Error(`${name}: no period has every value`);
  for (let i = first; i <= last; i++) {
    if (!present(i)) throw new Error(`${name}: a value is missing for ${periods[i]} inside ${periods[first]}…${periods[last]}`);
  }
  return [first, last];
}

function span(series: MonthlySeries): SeriesSpan {
  return { start: series.months[0] ?? "", end: series.months.at(-1) ?? "", months: series.months.length };
}

/**
 * US small and large from Portfolios_Formed_on_ME: the value-weighted "Lo 30" and "Hi 30" portfolios, the
 * bottom and top 30% of stocks by NYSE market-cap breakpoints (all NYSE, AMEX and NASDAQ stocks are sorted
 * into them).
 * @throws Error when the file has no monthly value-weighted "Lo 30"/"Hi 30" columns or a gap inside them.
 * @example usSleevesFromSizePortfolios(parseFrenchFile(text).value).sleeves.US_SMALL.months[0] → "1926-07"
 */
export function usSleevesFromSizePortfolios(file: FrenchFile): SizeSleeves<SizePortfolioMethod> {
  const lo = frenchSeries(file, "vw", "Lo 30");
  const hi = frenchSeries(file, "vw", "Hi 30");
  const [first, last] = presentRange("usSleevesFromSizePortfolios", lo.months, [lo.returns, hi.returns]);
  const cut = (s: MonthlySeries): MonthlySeries => ({ name: s.name, months: s.months.slice(first, last + 1), returns: s.returns.slice(first, last + 1) });
  const small = cut(lo);
  const large = cut(hi);
  return {
    small,
    large,
    sleeves: { US_SMALL: small, US_LARGE: large },
    provenance: {
      method: "size_portfolios",
      region: "US",
      currency: FRENCH_CURRENCY,
      vintage: file.vintage,
      weighting: "value",
      breakpoints: { exchange: "NYSE", smallBelow: 0.3, largeAbove: 0.7 },
      columns: { small: "Lo 30", large: "Hi 30" },
    },
    period: span(small),
  };
}

/** The columns a factor table must have for these builders, by name. */
function columnsOf(f: FrenchFactors, table: NonNullable<FrenchFactors["monthly"]>, names: readonly string[]): Float64Array[] {
  return names.map((name) => {
    const c = table.columns[name];
    if (!c) throw new Error(`real sleeves: the ${f.region} factor file has no ${name} column`);
    return c;
  });
}

/**
 * A region's small and large returns from its market return and SMB. French's market Rm = (Mkt-RF) + RF is
 * value-weighted, so with small stocks holding a share s of the cap, Rm = s·Rs + (1 − s)·Rb; SMB = Rs − Rb
 * (French's SMB averages the small and big legs of the 2×3 sorts). Solving the two:
 *   Rb = Rm − s·SMB,   Rs = Rb + SMB.
 * A monthly table is used when the file has one; a daily-only file is split day by day (Rm, Rb and Rs are
 * returns of held portfolios, so compounding them is exact) and compounded into calendar months.
 * @throws Error when the file lacks Mkt-RF, SMB or RF, or a value is missing inside the series.
 * @example Rm-RF 2%, RF 0.5%, SMB 1%, s 0.1 → Rm 2.5%, Rb 2.5% − 0.1% = 2.4%, Rs 3.4%
 */
export function regionSleevesFromFactors(f: FrenchFactors, smallShare: number = SMALL_CAP_SHARE): SizeSleeves<FactorDecompositionMethod> {
  if (!(smallShare > 0 && smallShare < 1)) throw new Error(`regionSleevesFromFactors: smallShare ${smallShare} is not in (0, 1)`);
  const table = f.monthly ?? f.daily;
  if (!table) throw new Error(`regionSleevesFromFactors: the ${f.region} factor file has neither monthly nor daily rows`);
  const [excess, smb, rf] = columnsOf(f, table, ["Mkt-RF", "SMB", "RF"]) as [Float64Array, Float64Array, Float64Array];
  const [first, last] = presentRange(`regionSleevesFromFactors ${f.region}`, table.periods, [excess, smb, rf]);
  const periods = table.periods.slice(first, last + 1);
  const big = new Float64Array(periods.length);
  const smallR = new Float64Array(periods.length);
  periods.forEach((_, k) => {
    const i = first + k;
    const rm = (excess[i] ?? NaN) + (rf[i] ?? NaN);
    big[k] = rm - smallShare * (smb[i] ?? NaN);
    smallR[k] = (big[k] ?? NaN) + (smb[i] ?? NaN);
  });
  const frequency = f.monthly ? "monthly" : "daily";
  const monthly = (name: string, values: Float64Array): MonthlySeries =>
    frequency === "monthly" ? { name, months: periods, returns: values } : { name, ...compoundByMonth(periods, values) };
  const small = monthly(`french_factors:${f.region}:small`, smallR);
  const large = monthly(`french_factors:${f.region}:large`, big);
  return {
    small,
    large,
    sleeves: sleevesOf(f.region, small, large),
    provenance: { method: "factor_decomposition", region: f.region, currency: FRENCH_CURRENCY, vintage: f.vintage, smallCapShare: smallShare, frequency },
    period: span(small),
  };
}

/**
 * Cash from the file's RF (the one-month US T-bill return), monthly, or compounded from daily rows.
 * @throws Error when the file has no RF column or a value is missing inside it.
 */
export function cashFromFactors(f: FrenchFactors): { series: MonthlySeries; sleeves: { CASH: MonthlySeries }; provenance: RiskFreeMethod; period: SeriesSpan } {
  const table = f.monthly ?? f.daily;
  if (!table) throw new Error(`cashFromFactors: the ${f.region} factor file has neither monthly nor daily rows`);
  const [rf] = columnsOf(f, table, ["RF"]) as [Float64Array];
  const [first, last] = presentRange(`cashFromFactors ${f.region}`, table.periods, [rf]);
  const periods = table.periods.slice(first, last + 1);
  const values = rf.slice(first, last + 1);
  const frequency = f.monthly ? "monthly" : "daily";
  const name = `french_factors:${f.region}:RF`;
  const series: MonthlySeries = frequency === "monthly" ? { name, months: periods, returns: values } : { name, ...compoundByMonth(periods, values) };
  return {
    series,
    sleeves: { CASH: series },
    provenance: { method: "risk_free", region: f.region, currency: FRENCH_CURRENCY, vintage: f.vintage, frequency },
    period: span(series),
  };
}

/**
 * The months every series has, and which series cut the period short (named by `MonthlySeries.name`); the
 * sleeve back-test's own rule (lib/backtest/common-period.ts).
 * @throws Error when the series share no month or one has a gap inside the common period.
 * @example commonPeriod([Europe small 1990-07…2025-10, US small 1926-07…2026-02]) → 1990-07…2025-10, 424 months
 */
export function commonPeriod(series: readonly MonthlySeries[]): CommonPeriod {
  const keys = series.map((_, i) => String(i));
  const { period } = alignSleeves(Object.fromEntries(series.map((s, i) => [String(i), s])), keys);
  return { ...period, truncatedBy: period.truncatedBy.map((t) => ({ ...t, sleeve: series[Number(t.sleeve)]?.name ?? t.sleeve })) };
}
