import type { PanelRow } from "../../backtest/types";
import type { Rng } from "./rng";
import { analystMean, profitableProbability } from "./size-profile";

/** One listed company of the demo market while it is simulated. */
export type Stock = {
  serial: number;
  /** Korean-style ticker: "A" + six digits; the common share ends in 0, its preferred share in 5. */
  id: string;
  /** KRW million. */
  cap: number;
  /** Size percentile at the last ranking (0 = largest). */
  p: number;
  sector: string;
  /** Total return of the year ending at the next row; null for a listing's first row. */
  pending: number | null;
  status: "active" | "delisted";
  /** A preferred share tracking the common one at a fixed fraction of its market cap, or null. */
  preferredRatio: number | null;
};

/** Rough sector mix of KOSPI + KOSDAQ by count. */
const SECTORS: readonly [string, number][] = [
  ["Information Technology", 0.18],
  ["Industrials", 0.17],
  ["Consumer Discretionary", 0.13],
  ["Materials", 0.12],
  ["Health Care", 0.12],
  ["Financials", 0.07],
  ["Communication Services", 0.06],
  ["Consumer Staples", 0.06],
  ["Real Estate", 0.05],
  ["Energy", 0.02],
  ["Utilities", 0.02],
];

function pickSector(rng: Rng): string {
  let u = rng.uniform();
  for (const [sector, share] of SECTORS) if ((u -= share) < 0) return sector;
  return SECTORS[0]?.[0] ?? "Industrials";
}

export function newStock(serial: number, cap: number, rng: Rng): Stock {
  const preferredRatio = rng.chance(0.05) ? 0.03 + 0.12 * rng.uniform() : null;
  const id = `A${String(serial * 10).padStart(6, "0")}`;
  return { serial, id, cap, p: 0.5, sector: pickSector(rng), pending: null, status: "active", preferredRatio };
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * The stock's rows at `date`: the common share, and its preferred share if it has one. Attributes fall
 * with size: profitability, analyst count (Poisson) and daily trading value (KRW million; annual
 * turnover log-normal around 150% of market cap).
 */
export function demoRows(s: Stock, date: string, rng: Rng): PanelRow[] {
  const marketCap = Math.max(1, Math.round(s.cap));
  const turnover = Math.exp(Math.log(1.5) + 0.7 * rng.normal());
  const common: PanelRow = {
    id: s.id,
    date,
    marketCap,
    return: s.pending === null ? null : round6(s.pending),
    status: s.status,
    isPreferred: false,
    profitable: rng.chance(profitableProbability(s.p)),
    analysts: rng.poisson(analystMean(s.p)),
    sector: s.sector,
    country: "KR",
    tradingValue: Math.round((s.cap * turnover) / 250),
  };
  if (s.preferredRatio === null) return [common];
  const preferred: PanelRow = {
    ...common,
    id: `A${String(s.serial * 10 + 5).padStart(6, "0")}`,
    marketCap: Math.max(1, Math.round(s.cap * s.preferredRatio)),
    isPreferred: true,
    analysts: 0,
    tradingValue: Math.round((common.tradingValue ?? 0) * 0.05),
  };
  return [common, preferred];
}
