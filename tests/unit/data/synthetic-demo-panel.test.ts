import { describe, expect, it } from "vitest";
import { sweepBuckets } from "@/lib/backtest/buckets";
import { buildPanel } from "@/lib/backtest/panel";
import { runSizeBacktest } from "@/lib/backtest/size-backtest";
import type { BucketResult, PanelRow, SurvivorshipMode } from "@/lib/backtest/types";
import { readPanelCsv } from "@/lib/data/panel-csv";
import { panelRowsToCsv } from "@/lib/data/panel-csv-writer";
import { generateDemoPanel } from "@/lib/data/synthetic";
import { panelDifference } from "./panel-difference";

const rows = generateDemoPanel();
const commons = rows.filter((r) => !r.isPreferred);
const countOn = (date: string) => commons.filter((r) => r.date === date && r.status !== "delisted").length;

describe("generateDemoPanel: the data", () => {
  it("is deterministic: the same seed gives identical rows, another seed different ones", () => {
    expect(generateDemoPanel()).toEqual(rows);
    expect(generateDemoPanel(7)).not.toEqual(rows);
  });

  it("has one row per stock on each May end 2000–2024", () => {
    const dates = [...new Set(rows.map((r) => r.date))];
    expect(dates).toEqual(Array.from({ length: 25 }, (_, i) => `${2000 + i}-05-31`));
  });

  it("grows from 1,200 listed stocks in 2000 to ~2,400 in 2024", () => {
    expect(countOn("2000-05-31")).toBe(1200);
    expect(countOn("2024-05-31")).toBeGreaterThan(2300);
    expect(countOn("2024-05-31")).toBeLessThan(2500);
  });

  it("has listings, recorded exits, stopped data and preferred shares", () => {
    const lastDate = new Map<string, PanelRow>();
    for (const r of commons) lastDate.set(r.id, r);
    const ended = [...lastDate.values()].filter((r) => r.date < "2024-05-31");
    const stopped = ended.filter((r) => r.status !== "delisted");
    expect(commons.filter((r) => r.date > "2000-05-31" && r.return === null).length).toBeGreaterThan(1000);
    expect(ended.length - stopped.length).toBeGreaterThan(100);
    expect(stopped.length).toBeGreaterThan(300);
    expect(commons.filter((r) => r.status === "delisted").every((r) => r.return !== null)).toBe(true);
    expect(rows.some((r) => r.isPreferred && r.id.endsWith("5"))).toBe(true);
  });

  it("has analyst coverage, profitability and trading value falling with size", () => {
    const latest = commons.filter((r) => r.date === "2024-05-31").sort((a, b) => b.marketCap - a.marketCap);
    const top = latest.slice(0, 240);
    const bottom = latest.slice(-240);
    const mean = (xs: PanelRow[], f: (r: PanelRow) => number) => xs.reduce((s, r) => s + f(r), 0) / xs.length;
    expect(mean(top, (r) => r.analysts ?? 0)).toBeGreaterThan(10);
    expect(mean(bottom, (r) => r.analysts ?? 0)).toBeLessThan(1);
    expect(mean(top, (r) => (r.profitable ? 1 : 0))).toBeGreaterThan(mean(bottom, (r) => (r.profitable ? 1 : 0)) + 0.2);
    expect(mean(top, (r) => r.tradingValue ?? 0)).toBeGreaterThan(100 * mean(bottom, (r) => r.tradingValue ?? 0));
    expect(latest.every((r) => r.country === "KR" && r.sector !== null)).toBe(true);
  });

  it("survives a CSV round trip: the file reads back into the panel the rows make", () => {
    const read = readPanelCsv(Buffer.from(panelRowsToCsv(rows)));
    expect(read.ok && panelDifference(read.value, buildPanel(rows))).toBeNull();
  });
});

describe("generateDemoPanel: the study's shape (domain.md §2) through the engine", () => {
  const panel = buildPanel(rows);
  const run = (survivorship: SurvivorshipMode) =>
    runSizeBacktest(panel, { buckets: sweepBuckets(), weightings: ["cap", "equal"], survivorship });
  const corrected = run("total_loss");
  const biased = run("last_available");
  const market = (result: typeof corrected, weighting: "cap" | "equal") =>
    result.market.find((m) => m.weighting === weighting)?.stats;

  it("has 24 yearly windows", () => {
    expect(corrected.rebalanceDates).toHaveLength(25);
  });

  it("puts the whole market near the study: cap-weighted CAGR ~6%, equal-weighted higher and more volatile", () => {
    const cap = market(corrected, "cap");
    const equal = market(corrected, "equal");
    expect(cap?.cagr).toBeGreaterThan(0.04);
    expect(cap?.cagr).toBeLessThan(0.08);
    expect(equal?.cagr).toBeGreaterThan(cap?.cagr ?? Infinity);
    expect(equal?.volatility).toBeGreaterThan((cap?.volatility ?? Infinity) + 0.02);
  });

  it("loses CAGR to the survivorship correction, more for equal weights than for cap weights", () => {
    const gap = (w: "cap" | "equal") => (market(biased, w)?.cagr ?? 0) - (market(corrected, w)?.cagr ?? 0);
    expect(gap("cap")).toBeGreaterThan(0);
    expect(gap("equal")).toBeGreaterThan(0.01);
    expect(gap("equal")).toBeGreaterThan(2 * gap("cap"));
  });

  it.each(["cap", "equal"] as const)("%s-weighted: return/risk is U-shaped and volatility rises for small caps", (w) => {
    const sweep = corrected.results.filter((r) => r.weighting === w);
    const centre = (r: BucketResult) => (r.bucket.kind === "percentile" ? (r.bucket.from + r.bucket.to) / 2 : NaN);
    const meanOf = (lo: number, hi: number, f: (r: BucketResult) => number | null) => {
      const picked = sweep.filter((r) => centre(r) >= lo && centre(r) <= hi);
      return picked.reduce((s, r) => s + (f(r) ?? NaN), 0) / picked.length;
    };
    const returnRisk = (r: BucketResult) => r.stats.returnRisk;
    const top = meanOf(0, 0.15, returnRisk);
    const mid = meanOf(0.3, 0.6, returnRisk);
    const bottom = meanOf(0.7, 1, returnRisk);
    expect(top).toBeGreaterThan(mid);
    expect(bottom).toBeGreaterThan(mid);
    const volatility = (r: BucketResult) => r.stats.volatility;
    expect(meanOf(0.85, 1, volatility)).toBeGreaterThan(meanOf(0, 0.15, volatility) + 0.05);
  });
});
