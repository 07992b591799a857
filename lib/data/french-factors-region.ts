/**
 * Which region a Kenneth French factor file describes. French's regional files say it only in their file
 * name (their preamble is one line, "This file was created using the 202510 Bloomberg database."), and the US
 * files only by being built from CRSP; a portfolio file's preamble says "… portfolios in Developed.". So the
 * preamble is read first and the file name second.
 */

/** The regions French publishes factors for; the last three have no sleeve in the portfolio model. */
export const FACTOR_REGIONS = ["US", "EUROPE", "JAPAN", "APAC_EX_JAPAN", "EM", "DEVELOPED", "DEVELOPED_EX_US", "NORTH_AMERICA"] as const;
export type FactorRegion = (typeof FACTOR_REGIONS)[number];

/**
 * Name patterns, most specific first: "Asia_Pacific_ex_Japan" before "Japan", "Developed_ex_US" before
 * "Developed". Words are separated by "_", "-", spaces or dots in file names, by spaces in text.
 */
const PATTERNS: readonly (readonly [FactorRegion, RegExp])[] = [
  ["DEVELOPED_EX_US", /\bdeveloped[ _.-]*ex[ _.-]*us\b/],
  ["APAC_EX_JAPAN", /\basia[ _.-]*pacific[ _.-]*ex[ _.-]*japan\b/],
  ["NORTH_AMERICA", /\bnorth[ _.-]*america\b/],
  ["DEVELOPED", /\bdeveloped\b/],
  ["EUROPE", /\beurope\b/],
  ["JAPAN", /\bjapan\b/],
  ["EM", /\bemerging\b/],
  // French's US files: F-F_Research_Data_Factors(_daily|_weekly), F-F_Research_Data_5_Factors_2x3(_daily).
  ["US", /\bf[ _.-]*f[ _.-]*research[ _.-]*data\b/],
];

/** "_" is a word character for \b, so it is made a space before matching. */
function firstMatch(text: string): FactorRegion | null {
  const t = text.toLowerCase().replaceAll("_", " ");
  return PATTERNS.find(([, re]) => re.test(t))?.[0] ?? null;
}

/**
 * The region of a factor file, or null when neither its preamble nor its file name names one.
 * A preamble built from CRSP (US stocks only) is the US.
 * @example factorRegion("This file was created using the 202510 Bloomberg database.", "Europe_3_Factors.csv") → "EUROPE"
 * @example factorRegion("This file was created by CMPT_ME_BEME_RETS using the 202312 CRSP database.", "x.csv") → "US"
 */
export function factorRegion(preamble: string, fileName: string): FactorRegion | null {
  const fromText = firstMatch(preamble) ?? (/\bCRSP\b/.test(preamble) ? "US" : null);
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return fromText ?? firstMatch(base);
}
