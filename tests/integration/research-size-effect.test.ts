import { beforeAll, describe, expect, test } from "vitest";
import { makeAdvisor } from "./helpers/fixtures";
import { session } from "./helpers/session-mock";
import "./helpers/next-request-mock";
import { buildPanel, runSizeBacktest, sweepBuckets } from "@/lib/backtest";
import type { BucketSpec, PanelRow, SeriesResult, SizeBacktestOptions, SizeBacktestResult } from "@/lib/backtest/types";
import type { SessionUser } from "@/lib/auth/session";
import { panelRowsToCsv } from "@/lib/data/panel-csv-writer";
import { generateDemoPanel } from "@/lib/data/synthetic";
import { isAppError } from "@/lib/errors/app-error";
import { importPanelDataset } from "@/lib/services/datasets/import-panel";
import { loadSizeEffect, type SizeEffectRun } from "@/lib/services/research/size-effect";
import { DEFAULT_SIZE_EFFECT_INPUTS, type SizeEffectInputs } from "@/lib/services/research/size-effect-inputs";
import { GET } from "@/app/(app)/research/size-effect/results.csv/route";
import { serialiseSizeEffectQuery } from "@/app/(app)/research/size-effect/size-effect-query";

/**
 * The size-effect page's service and its CSV download against the engine called directly: the expected runs
 * are built here from the rows (the period cut by filtering rows, not by slicing the stored panel's columns,
 * and the costs priced by a function of the bucket written here), on whichever database this run uses.
 */

const rows: PanelRow[] = generateDemoPanel().filter((r) => r.id < "S0250");
const DECILES: BucketSpec[] = Array.from({ length: 10 }, (_, i) => ({ kind: "percentile", from: i / 10, to: (i + 1) / 10 }));

let admin: SessionUser;
let outsider: SessionUser;
let datasetId: string;

beforeAll(async () => {
  [admin, outsider] = [await makeAdvisor("ADMIN"), await makeAdvisor("ADMIN")];
  const stored = await importPanelDataset({ bytes: Buffer.from(panelRowsToCsv(rows)), fileName: "slice.csv", label: "Demo slice", firmId: admin.firmId, importedById: admin.id });
  datasetId = stored.id;
});

/** A stored-panel study with every kind of input set: deciles, costs per decile, filters, a period, rebalancing at every date. */
function storedInputs(): SizeEffectInputs {
  return {
    ...DEFAULT_SIZE_EFFECT_INPUTS,
    dataset: datasetId,
    rebalanceMonth: "every",
    weightings: ["cap", "equal", "sqrt"],
    buckets: { kind: "deciles" },
    period: { from: "2001-01", to: "2018-12" },
    filter: { minMarketCap: 1000, maxHoldings: 200 },
    costBps: DECILES.map((_, i) => 10 + 5 * i),
  };
}

/** 10 bps for the largest decile, 5 more per decile down to 55 for the smallest; anything else (the whole market) costs nothing. */
const decileCost = (b: BucketSpec) => (b.kind === "percentile" && Math.abs(b.to - b.from - 0.1) < 1e-9 ? 10 + 5 * Math.round(b.from * 10) : 0);

const inPeriod = (from: string, to: string) => rows.filter((r) => r.date.slice(0, 7) >= from && r.date.slice(0, 7) <= to);

function expectSeries(actual: { after: Record<string, number | null>; before: Record<string, number | null>; wealth: number[]; holdings: number[] }, after: SeriesResult, before: SeriesResult) {
  for (const key of ["cagr", "volatility", "sharpe", "returnRisk"] as const) {
    expect(actual.after[key]).toBe(after.stats[key]);
    expect(actual.before[key]).toBe(before.stats[key]);
  }
  expect(actual.wealth).toEqual(Array.from(after.wealth).slice(1));
  expect(actual.holdings).toEqual(Array.from(after.holdings));
}

function expectRun(run: SizeEffectRun, after: SizeBacktestResult, before: SizeBacktestResult) {
  expect(run.rebalanceDates).toEqual(after.rebalanceDates);
  const series = [...after.results, ...after.market];
  const beforeSeries = [...before.results, ...before.market];
  expect(run.rows).toHaveLength(series.length);
  run.rows.forEach((row, i) => expectSeries(row, series[i]!, beforeSeries[i]!));
  expect(run.extremes.map((e) => e.weighting)).toEqual(after.extremes.map((e) => e.weighting));
  run.extremes.forEach((e, i) => {
    expect(e.topCumulative).toEqual(Array.from(after.extremes[i]!.topCumulative));
    expect(e.bottomExcess).toEqual(Array.from(after.extremes[i]!.bottomExcess));
  });
}

describe("the size-effect study equals the engine called directly", () => {
  test("the demo market with the page's defaults (the study's sweep, end of May)", async () => {
    const answer = await loadSizeEffect(admin, DEFAULT_SIZE_EFFECT_INPUTS);
    if (answer.kind !== "ok") throw new Error(answer.kind);
    const panel = buildPanel(generateDemoPanel());
    const options: SizeBacktestOptions = { buckets: sweepBuckets(), weightings: ["cap", "equal"], rebalanceMonth: 5 };
    expectRun(answer.view.result, runSizeBacktest(panel, { ...options, survivorship: "total_loss" }), runSizeBacktest(panel, { ...options, survivorship: "last_available" }));
    expect(answer.view.baseline).toBeNull();
  });

  test("a stored panel with deciles, costs per decile, filters and a period, beside the plain study", async () => {
    const answer = await loadSizeEffect(admin, storedInputs());
    if (answer.kind !== "ok") throw new Error(answer.kind);
    const panel = buildPanel(inPeriod("2001-01", "2018-12"));
    const cost = decileCost;
    const base = { buckets: DECILES, weightings: ["cap", "equal", "sqrt"] as const, rebalanceMonth: "every" as const };
    const adjusted = { ...base, filter: { minMarketCap: 1000, maxHoldings: 200 }, costBps: cost };
    expectRun(answer.view.result, runSizeBacktest(panel, { ...adjusted, survivorship: "total_loss" }), runSizeBacktest(panel, { ...adjusted, survivorship: "last_available" }));
    if (!answer.view.baseline) throw new Error("no cost-free, unfiltered study beside the adjusted one");
    expectRun(answer.view.baseline, runSizeBacktest(panel, { ...base, survivorship: "total_loss" }), runSizeBacktest(panel, { ...base, survivorship: "last_available" }));
    // The costs and the filter change the figures: the two runs are not the same study.
    expect(answer.view.result.rows[0]!.after.cagr).not.toBe(answer.view.baseline.rows[0]!.after.cagr);
  });

  test("another firm's panel is NOT_FOUND, as a missing one", async () => {
    for (const [who, id] of [[outsider, datasetId], [admin, "cmissingdataset000000000000"]] as const) {
      const error = await loadSizeEffect(who, { ...DEFAULT_SIZE_EFFECT_INPUTS, dataset: id }).catch((e: unknown) => e);
      expect(isAppError(error) && error.code).toBe("NOT_FOUND");
    }
  });

  test("a panel above the inline limit is not run in the request", async () => {
    const answer = await loadSizeEffect(admin, { ...DEFAULT_SIZE_EFFECT_INPUTS, dataset: datasetId }, { inlineRowLimit: 10 });
    expect(answer).toEqual({ kind: "too_large", rowCount: rows.length, limit: 10 });
  });
});

/** The CSV's `stats` lines of one run: bucket|weighting → the eight figures (null for an empty cell). */
function statsOf(csv: string, run: string): Map<string, (number | null)[]> {
  const lines = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n").map((l) => l.split(","));
  const out = new Map<string, (number | null)[]>();
  for (const cells of lines.slice(1)) {
    if (cells[0] !== "stats" || cells[1] !== run) continue;
    out.set(`${cells[2]}|${cells[3]}`, cells.slice(5, 13).map((c) => (c === "" ? null : Number(c))));
  }
  return out;
}

describe("GET /research/size-effect/results.csv", () => {
  test("its figures equal the engine's for the same address", async () => {
    session.user = admin;
    const inputs = storedInputs();
    const url = `http://localhost/research/size-effect/results.csv?${new URLSearchParams(serialiseSizeEffectQuery(inputs))}`;
    const response = await GET(new Request(url));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    const csv = await response.text();
    const panel = buildPanel(inPeriod("2001-01", "2018-12"));
    const cost = decileCost;
    const options = { buckets: DECILES, weightings: ["cap", "equal", "sqrt"] as const, rebalanceMonth: "every" as const, filter: { minMarketCap: 1000, maxHoldings: 200 }, costBps: cost };
    const after = runSizeBacktest(panel, { ...options, survivorship: "total_loss" });
    const before = runSizeBacktest(panel, { ...options, survivorship: "last_available" });
    const stats = statsOf(csv, "result");
    const key = (s: SeriesResult & { bucket?: BucketSpec; weighting: string }) => `${s.bucket?.kind === "percentile" ? `${s.bucket.from}-${s.bucket.to}` : "market"}|${s.weighting}`;
    const series = [...after.results, ...after.market];
    const beforeSeries = [...before.results, ...before.market];
    expect(stats.size).toBe(series.length);
    series.forEach((s, i) => {
      const figures = stats.get(key(s));
      const expected = [s.stats.cagr, s.stats.volatility, s.stats.sharpe, s.stats.returnRisk, ...(["cagr", "volatility", "sharpe", "returnRisk"] as const).map((k) => beforeSeries[i]!.stats[k])];
      expect(figures, key(s)).toHaveLength(8);
      figures!.forEach((v, j) => {
        if (expected[j] === null) expect(v).toBeNull();
        else expect(Math.abs(v! - expected[j]!), `${key(s)} column ${j}`).toBeLessThan(1e-11);
      });
    });
    expect(statsOf(csv, "baseline").size).toBe(series.length);
    // Wealth per window of the smallest decile, cap-weighted: the engine's growth of 1 after each window.
    const smallest = after.results.find((r) => r.weighting === "cap" && r.bucket.kind === "percentile" && r.bucket.from === 0.9)!;
    const wealth = csv.split("\r\n").map((l) => l.split(",")).filter((c) => c[0] === "window" && c[1] === "result" && c[2] === "0.9-1" && c[3] === "cap");
    expect(wealth.map((c) => c[4])).toEqual(after.rebalanceDates.slice(1));
    wealth.forEach((c, i) => expect(Math.abs(Number(c[13]) - smallest.wealth[i + 1]!)).toBeLessThan(1e-11));
  });

  test("another firm's panel answers 404; signed out goes to the login page", async () => {
    session.user = outsider;
    const url = `http://localhost/research/size-effect/results.csv?d=${datasetId}`;
    expect((await GET(new Request(url))).status).toBe(404);
    session.user = null;
    const response = await GET(new Request(url));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toMatch(/^\/login\?callbackUrl=/);
  });
});
