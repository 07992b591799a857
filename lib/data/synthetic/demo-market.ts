import type { PanelRow } from "../../backtest/types";
import { demoRows, newStock, type Stock } from "./demo-stock";
import { stratifiedShocks } from "./factors";
import { createRng, type Rng } from "./rng";
import * as profile from "./size-profile";

/**
 * The synthetic Korean-like demo market for the size back-test: annual rows on YYYY-05-31, 2000–2024
 * (24 one-year windows, the study's end-of-May rebalance), market caps in KRW million.
 *
 * Each year every listed stock, ranked by market cap into a percentile p, either
 * - has its data stop (no row next year, no exit recorded: the survivorship case), chiefly micro caps;
 * - exits with a recorded delisting (status "delisted", a valid return with a takeover premium); or
 * - earns a log-normal total return a(p) + β(p)·M + s(p)·S + σ(p)·ε − σ(p)²/2 (market factor M,
 *   small-cap factor S), its market cap growing by the price part (total return less dividends).
 * Listings (IPOs, first return empty) grow the market from 1,200 stocks in 2000 to ~2,400 in 2024, and ~5%
 * of companies also list a preferred share (is_preferred = 1, excluded by the back-test by default).
 */
export const DEMO_FIRST_YEAR = 2000;
export const DEMO_LAST_YEAR = 2024;
export const DEMO_DEFAULT_SEED = 20240531;

const START_COUNT = 1200;
const MARKET_SD = 0.175;
const SMALL_SD = 0.13;
/** Listings are added up to this path, 1,200 doubling to 2,400 over the 24 years. */
const targetCount = (year: number) => Math.round(START_COUNT * 2 ** ((year - DEMO_FIRST_YEAR) / 24));

type Outcome = "alive" | "exit" | "stop";

export function generateDemoPanel(seed: number = DEMO_DEFAULT_SEED): PanelRow[] {
  const root = createRng(seed);
  // One stream per concern: a change to, say, the attribute draws leaves every return unchanged.
  const [factorRng, fateRng, returnRng, listingRng, attributeRng] = [root.split(), root.split(), root.split(), root.split(), root.split()];
  const windows = DEMO_LAST_YEAR - DEMO_FIRST_YEAR;
  const market = stratifiedShocks(factorRng, windows, MARKET_SD);
  const small = stratifiedShocks(factorRng, windows, SMALL_SD, market);
  let serial = 0;
  const list = (logCap: number) => newStock(++serial, Math.exp(logCap), listingRng);
  let living: Stock[] = Array.from({ length: START_COUNT }, () => list(initialLogCap(listingRng)));
  let exits: Stock[] = [];
  const rows: PanelRow[] = [];

  for (let y = 0; y <= windows; y++) {
    const year = DEMO_FIRST_YEAR + y;
    const date = `${year}-05-31`;
    rankBySize(living);
    for (const s of [...living, ...exits]) rows.push(...demoRows(s, date, attributeRng));
    if (y === windows) break;
    const next: Stock[] = [];
    exits = [];
    for (const s of living) {
      const outcome = fate(s.p, year, fateRng);
      const r = stockReturn(s.p, market[y] ?? 0, small[y] ?? 0, returnRng);
      if (outcome === "stop") continue;
      s.pending = outcome === "exit" ? r + profile.EXIT_PREMIUM : r;
      s.status = outcome === "exit" ? "delisted" : "active";
      s.cap *= (1 + s.pending) / (1 + profile.dividendYield(s.p));
      (outcome === "exit" ? exits : next).push(s);
    }
    const median = medianLogCap(next);
    const listings = Math.max(20, targetCount(year + 1) - next.length);
    for (let k = 0; k < listings; k++) next.push(list(median + 0.2 + 1.0 * listingRng.normal()));
    living = next;
  }
  return rows;
}

/** Heavy-tailed sizes: log-normal (median KRW 40bn, σ 1.6) with an extra Pareto-like stretch above z = 1.5. */
function initialLogCap(rng: Rng): number {
  const z = rng.normal();
  return Math.log(40_000) + 1.6 * z + 0.8 * Math.max(0, z - 1.5);
}

/** Sorts by market cap descending and stores p = (rank − 0.5) / N on each stock. */
function rankBySize(stocks: Stock[]): void {
  stocks.sort((a, b) => b.cap - a.cap || a.serial - b.serial);
  stocks.forEach((s, i) => (s.p = (i + 0.5) / stocks.length));
}

function fate(p: number, year: number, rng: Rng): Outcome {
  const u = rng.uniform();
  const stop = profile.stopHazard(p, year);
  return u < stop ? "stop" : u < stop + profile.EXIT_HAZARD ? "exit" : "alive";
}

function stockReturn(p: number, m: number, s: number, rng: Rng): number {
  const vol = profile.idiosyncraticVol(p);
  const x = profile.drift(p) + profile.beta(p) * m + profile.smallLoading(p) * s + vol * rng.normal() - (vol * vol) / 2;
  return Math.expm1(x);
}

function medianLogCap(stocks: readonly Stock[]): number {
  const caps = stocks.map((s) => s.cap).sort((a, b) => a - b);
  return Math.log(caps[Math.floor(caps.length / 2)] ?? 40_000);
}
