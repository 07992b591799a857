import type { SnapshotSegment } from "./slots";

/**
 * The iShares funds whose holdings stand for a segment of the evidence, and how a file is recognised as one of
 * them: by the fund name on the first line of the preamble when the export has one, else by the ticker that
 * starts the file name (IJR and EWGS exports carry no preamble). EWGS is German small caps: it stands for
 * Europe small as an example of one country, and is named as such wherever it is shown.
 */
export type IsharesFund = { ticker: string; name: string; segment: SnapshotSegment; example?: "germany" };

export const ISHARES_FUNDS: readonly IsharesFund[] = [
  { ticker: "IWM", name: "iShares Russell 2000 ETF", segment: { area: "US", tier: "small", market: null } },
  { ticker: "IWC", name: "iShares Micro-Cap ETF", segment: { area: "US", tier: "micro", market: null } },
  { ticker: "IJR", name: "iShares Core S&P Small-Cap ETF", segment: { area: "US", tier: "small", market: null } },
  { ticker: "IVV", name: "iShares Core S&P 500 ETF", segment: { area: "US", tier: "large", market: null } },
  { ticker: "URTH", name: "iShares MSCI World ETF", segment: { area: "DEVELOPED", tier: "large", market: null } },
  { ticker: "EWGS", name: "iShares MSCI Germany Small-Cap ETF", segment: { area: "EUROPE", tier: "small", market: null }, example: "germany" },
];

const normalise = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");

/**
 * The fund a holdings file is for: by its preamble's fund name first (the file says so), else by the ticker
 * that starts its file name ("IWM_holdings.csv", "ewgs-2021.csv"), else null.
 * @example isharesFundOf("iShares Russell 2000 ETF", "x.csv")?.ticker → "IWM"; isharesFundOf(null, "IJR_holdings.csv")?.ticker → "IJR"
 */
export function isharesFundOf(fundName: string | null, fileName: string): IsharesFund | null {
  if (fundName) {
    const byName = ISHARES_FUNDS.find((f) => normalise(f.name) === normalise(fundName));
    if (byName) return byName;
  }
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const ticker = /^([A-Za-z]{2,5})(?=[_\-. ])/.exec(base)?.[1]?.toUpperCase();
  return ISHARES_FUNDS.find((f) => f.ticker === ticker) ?? null;
}

/** A fund by its ticker (the upload form's choice), or null. */
export function isharesFundByTicker(ticker: string): IsharesFund | null {
  return ISHARES_FUNDS.find((f) => f.ticker === ticker.toUpperCase()) ?? null;
}
