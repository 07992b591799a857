import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { session } from "./helpers/session-mock";
import { clientValues, makeAdvisor, seedMarketData } from "./helpers/fixtures";
import { describeWithSharedData, SHARED_DATA_DIR } from "../helpers/shared-data";
import type { SessionUser } from "@/lib/auth/session";
import { importDirectory, type DirRow } from "@/scripts/lib/import-dir";
import { loadMarketData } from "@/lib/services/proposal/load-market-data";
import type { MarketData } from "@/lib/services/proposal/market-data";
import { createClientAction } from "@/lib/actions/clients/create-client";
import { generateProposalAction } from "@/lib/actions/proposals/generate-proposal";

/**
 * The acceptance run of the real-data issue: `npm run import -- --dir ../shared/data` (its import function, on
 * this test's database) turns a firm into a real-data firm. The sleeve history then has real US, Europe, Japan,
 * Asia-Pacific ex-Japan and emerging series, and the IWM evidence carries the EPS proxies, whose match rate and
 * negative-estimate share are recomputed here from the raw files by a plain loop.
 */

/** The raw equity tickers of an iShares US-layout export: the rows after the header whose Asset Class is Equity. */
function equityTickers(relative: string): string[] {
  const lines = readFileSync(path.join(SHARED_DATA_DIR, relative), "utf8").replace(/^\uFEFF/, "").split(/\r?\n/);
  const header = lines.findIndex((l) => l.startsWith("Ticker,"));
  const cells = (line: string) => [...line.matchAll(/"([^"]*)"|([^,]+)|(?<=,|^)(?=,|$)/g)].map((m) => m[1] ?? m[2] ?? "");
  const columns = cells(lines[header]!);
  const [ticker, assetClass] = [columns.indexOf("Ticker"), columns.indexOf("Asset Class")];
  const out: string[] = [];
  for (const line of lines.slice(header + 1)) {
    if (line.trim() === "") break;
    const row = cells(line);
    if (row[assetClass] === "Equity") out.push(row[ticker]!);
  }
  return out;
}

const key = (ticker: string) => ticker.toUpperCase().replace(/[^A-Z0-9]/g, "");

describeWithSharedData("npm run import -- --dir ../shared/data", () => {
  let admin: SessionUser;
  let rows: DirRow[];
  let market: MarketData;

  beforeAll(async () => {
    await seedMarketData();
    admin = await makeAdvisor("ADMIN");
    rows = await importDirectory(SHARED_DATA_DIR, { id: admin.firmId, name: "Whole-folder firm", actor: { id: admin.id, name: admin.name } });
    market = await loadMarketData(admin.firmId);
  }, 240_000);

  test("imports every supported file, lists the others as unrecognised, and fails none", () => {
    const by = (status: string) => rows.filter((r) => r.outcome.status === status).map((r) => r.file);
    expect(by("error")).toEqual([]);
    expect(by("unrecognised").sort()).toEqual(["SOURCES.md", "panel/eps_calendar_universe_2025-12-26.csv"]);
    expect(by("imported")).toHaveLength(rows.length - 2);
  });

  test("the sleeve history has real US, Europe, Japan, Asia-Pacific ex-Japan and emerging series, and cash", () => {
    for (const region of ["US", "EUROPE", "JAPAN", "APAC_EX_JAPAN", "EM"] as const) {
      for (const size of ["SMALL", "LARGE"] as const) {
        const sleeve = `${region}_${size}` as const;
        expect(market.sleeveSources?.[sleeve], sleeve).toMatchObject({ kind: "real" });
        expect(market.history.series[sleeve]!.months.length, sleeve).toBeGreaterThan(300);
      }
    }
    expect(market.sleeveSources?.US_SMALL).toMatchObject({ method: "size_portfolios" });
    expect(market.sleeveSources?.EUROPE_SMALL).toMatchObject({ method: "factor_decomposition", currency: "USD" });
    expect(market.sleeveSources?.CASH).toMatchObject({ kind: "real", method: "risk_free" });
    // Korea has no public return series here: its sleeves stay as the demo's.
    expect(market.sleeveSources?.KOREA_SMALL).toEqual({ kind: "illustrative" });
    // Regional data begin in 1990-07.
    expect(market.history.series.EUROPE_SMALL!.months[0]).toBe("1990-07");
  });

  test("the IWM evidence's EPS proxies equal a plain join of the raw files", async () => {
    session.user = admin;
    const created = await createClientAction(clientValues({ name: "Whole folder", homeMarket: "US", riskTolerance: 4, horizonYears: 15, investableAssets: 2_000_000, currency: "USD" }));
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const result = await generateProposalAction({ clientId: created.data.id, assumptions: { activeOverride: "model", rebalance: "annual" } });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const view = result.data;
    const iwm = view.evidence.segments!.find((s) => s.slot === "snapshot:US:small")!;
    expect(iwm.metrics.source.asOf).toBe("2026-05-05");

    // Independent join: the calendar's symbols with their estimate (the earliest report date per symbol), the
    // fund's equity tickers grouped by key; a line without a ticker ("-") is a name of its own that never matches.
    type Rec = { symbol: string; reportDate: string; estimate: string | number | null };
    const records = JSON.parse(readFileSync(path.join(SHARED_DATA_DIR, "panel/eps_calendar_earnings_cache_2025-12-26.json"), "utf8")) as Rec[];
    const estimate = new Map<string, { date: string; value: number | null }>();
    for (const r of records) {
      const k = key(r.symbol);
      const value = r.estimate === null || r.estimate === "" ? null : Number(r.estimate);
      const seen = estimate.get(k);
      if (!seen || r.reportDate < seen.date) estimate.set(k, { date: r.reportDate, value });
    }
    const names = new Set(equityTickers("holdings/IWM_holdings_2026-05-05.csv").map((t, i) => (key(t) === "" ? `no ticker ${i}` : key(t))));
    let matched = 0;
    let negative = 0;
    for (const name of names) {
      const e = estimate.get(name);
      if (!e) continue;
      matched++;
      if (e.value !== null && e.value < 0) negative++;
    }
    const proxies = iwm.proxies!;
    expect(proxies.constituents).toBe(names.size);
    expect(proxies.matched).toBe(matched);
    // The action answers the browser's copy, rounded to six significant digits (lib/services/proposal/client-view.ts).
    expect(proxies.matchRate).toBeCloseTo(matched / names.size, 6);
    expect(proxies.negativeShareByCount).toBeCloseTo(negative / matched, 6);
  });
});
