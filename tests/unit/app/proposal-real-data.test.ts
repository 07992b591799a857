import { describe, expect, test } from "vitest";
import { SYNTHETIC_MANAGER_EXCESS } from "@/lib/data/synthetic";
import { latestSnapshots } from "@/lib/allocation/market-inputs";
import { REFERENCE_FIGURES } from "@/lib/metrics/reference-figures";
import { composeProposal, type MarketData } from "@/lib/services/proposal/compose";
import { parseStoredView } from "@/lib/validation/scenario-view";
import { ALL, base, demoHistory, demoSnapshots, hi30, iwm, kosdaqSmall, kospiSmall, krClient, lo30, marketWith, snapshot, usClient } from "./helpers/real-market-fixtures";

describe("real sleeve series in place of the demo's", () => {
  const market = marketWith(ALL);

  test("Europe small and large are the factor decomposition, checked by hand on two months", () => {
    const small = market.history.series.EUROPE_SMALL!;
    const large = market.history.series.EUROPE_LARGE!;
    expect(small.months[0]).toBe("2005-01");
    // Month 1: market = 2% + 0.5% = 2.5%; large = 2.5% − 0.1 × 1% = 2.4%; small = 2.4% + 1% = 3.4%.
    expect(large.returns[0]).toBeCloseTo(0.024, 12);
    expect(small.returns[0]).toBeCloseTo(0.034, 12);
    // Month 2: market = −3% + 0.4% = −2.6%; large = −2.6% + 0.2% = −2.4%; small = −2.4% − 2% = −4.4%.
    expect(large.returns[1]).toBeCloseTo(-0.024, 12);
    expect(small.returns[1]).toBeCloseTo(-0.044, 12);
  });

  test("US small and large are the value-weighted Lo 30 and Hi 30", () => {
    expect(Array.from(market.history.series.US_SMALL!.returns)).toEqual(Array.from(lo30));
    expect(Array.from(market.history.series.US_LARGE!.returns)).toEqual(Array.from(hi30));
    expect(market.history.series.JAPAN_SMALL).toBe(demoHistory.series.JAPAN_SMALL);
  });

  test("every line says where its returns come from", () => {
    const view = composeProposal(usClient, market, base);
    const bySleeve = new Map(view.allocation.lines.map((l) => [l.sleeve, l.provenance]));
    expect(bySleeve.get("EUROPE_SMALL")).toEqual({
      kind: "real", datasetId: "ds-eu", datasetName: "Europe 3 Factors 202510", source: "Kenneth R. French Data Library",
      vintage: "202510 Bloomberg", currency: "USD", method: "factor_decomposition", smallCapShare: 0.1,
    });
    expect(bySleeve.get("US_SMALL")).toMatchObject({ kind: "real", datasetId: "ds-me", method: "size_portfolios" });
    expect(bySleeve.get("US_LARGE")).toMatchObject({ kind: "real", datasetId: "ds-me", method: "size_portfolios" });
    expect(bySleeve.get("BONDS")).toEqual({ kind: "illustrative" });
    expect(bySleeve.get("JAPAN_LARGE")).toEqual({ kind: "synthetic" });
  });

  test("the back-test reports each sleeve's span and starts no earlier than the latest real series", () => {
    const { backtest } = composeProposal(usClient, market, base);
    const eu = backtest.sleeveSources!.find((s) => s.sleeve === "EUROPE_SMALL")!;
    expect([eu.firstMonth, eu.lastMonth]).toEqual(["2005-01", "2019-12"]);
    expect(backtest.latestRealStart).toBe("2005-01");
    // Real Europe 2005-01…2019-12, real US 2003-01…2020-12, demo 2000-01…2024-12: the common period is Europe's.
    expect([backtest.commonPeriod.start, backtest.commonPeriod.end]).toEqual(["2005-01", "2019-12"]);
  });

  test("the methodology lists every dataset used with the slots it filled", () => {
    const { methodology } = composeProposal(usClient, market, base);
    const byId = new Map(methodology.datasets.map((d) => [d.id, d]));
    expect(byId.get("ds-eu")!.slots).toEqual(["returns:EUROPE_LARGE", "returns:EUROPE_SMALL"]);
    expect(byId.get("ds-me")!.slots).toEqual(["returns:US_LARGE", "returns:US_SMALL"]);
    expect(byId.get("ds-eps")!.slots).toEqual(["estimates:US"]);
    expect(byId.get("demo-h")).toMatchObject({ synthetic: true, kind: "sleeve_history" });
    expect(byId.get("demo-h")!.slots).toBeUndefined();
  });
});

describe("evidence per segment", () => {
  const view = composeProposal(krClient, marketWith(ALL), base);
  const segments = view.evidence.segments!;
  const bySlot = new Map(segments.map((s) => [s.slot, s]));

  test("a real snapshot replaces the demo's for its area and tier; other demo segments stay", () => {
    expect(bySlot.get("snapshot:US:small")).toMatchObject({ provenance: { kind: "real", datasetId: "ds-iwm" }, modelSleeve: "US_SMALL" });
    expect(bySlot.get("snapshot:US:small")!.metrics.source).toMatchObject({ label: "iShares Russell 2000 ETF (IWM)", asOf: "2026-05-05" });
    expect(bySlot.get("snapshot:US:large")!.provenance.kind).toBe("synthetic");
    expect(bySlot.get("snapshot:KOREA:small")).toBeUndefined();
    expect(segments.filter((s) => s.segment.area === "KOREA").map((s) => s.slot)).toEqual([
      "snapshot:KOREA:small:KOSDAQ", "snapshot:KOREA:large:KOSPI", "snapshot:KOREA:small:KOSPI",
    ]);
  });

  test("Korea: the model scores KOSDAQ small caps and KOSPI large caps, whatever the order", () => {
    expect(bySlot.get("snapshot:KOREA:small:KOSDAQ")!.modelSleeve).toBe("KOREA_SMALL");
    expect(bySlot.get("snapshot:KOREA:small:KOSPI")!.modelSleeve).toBeNull();
    expect(bySlot.get("snapshot:KOREA:large:KOSPI")!.modelSleeve).toBe("KOREA_LARGE");
    expect(latestSnapshots([kosdaqSmall, kospiSmall]).get("KOREA_SMALL")!.id).toBe("kosdaq-small");
    expect(latestSnapshots([kospiSmall, kosdaqSmall]).get("KOREA_SMALL")!.id).toBe("kosdaq-small");
    // Without a KOSDAQ list, the KOSPI one stands in.
    expect(latestSnapshots([kospiSmall]).get("KOREA_SMALL")!.id).toBe("kospi-small");
  });

  test("a micro-cap or developed-world snapshot is evidence only, never the model's", () => {
    const iwc = snapshot("iwc", "iShares Micro-Cap ETF (IWC)", { area: "US", tier: "micro", market: null }, 10, "2026-01-20");
    expect(latestSnapshots([iwm, iwc]).get("US_SMALL")!.id).toBe("iwm");
    expect(latestSnapshots([iwc]).size).toBe(0);
  });

  test("estimate proxies of the US small caps, computed by hand", () => {
    const p = bySlot.get("snapshot:US:small")!.proxies!;
    // Weights ∝ 20 … 1 (sum 210). Matched: T0…T9 (weights 20 … 11, sum 155); negative: T0, T1, T2 (20 + 19 + 18 = 57); none: T3 (17).
    expect(p).toMatchObject({ datasetId: "ds-eps", asOf: "2025-12-26", constituents: 20, matched: 10 });
    expect(p.matchRate).toBeCloseTo(0.5, 12);
    expect(p.negativeShareByCount).toBeCloseTo(0.3, 12);
    expect(p.negativeShareByWeight).toBeCloseTo(57 / 155, 12);
    expect(p.noEstimateShareByCount).toBeCloseTo(0.1, 12);
    expect(p.noEstimateShareByWeight).toBeCloseTo(17 / 155, 12);
    // Proxies join real holdings only; estimates are for the US.
    expect(bySlot.get("snapshot:US:large")!.proxies).toBeNull();
    expect(bySlot.get("snapshot:KOREA:small:KOSDAQ")!.proxies).toBeNull();
  });

  test("Korea lines stay illustrative", () => {
    const korea = view.allocation.lines.filter((l) => l.region === "KOREA");
    expect(korea.length).toBeGreaterThan(0);
    for (const l of korea) expect(l.provenance).toEqual({ kind: "illustrative" });
  });
});

describe("nothing activated", () => {
  test("the demo everywhere: synthetic or illustrative lines, synthetic segments, demo datasets only", () => {
    const view = composeProposal(usClient, marketWith([]), base);
    for (const l of view.allocation.lines) expect(["synthetic", "illustrative"]).toContain(l.provenance!.kind);
    expect(view.evidence.segments!.every((s) => s.provenance.kind === "synthetic" && s.proxies === null)).toBe(true);
    expect(view.evidence.segments!.map((s) => s.slot)).toContain("snapshot:EUROPE:small");
    expect(view.methodology.datasets.map((d) => d.id)).toEqual(["demo-h", "demo-s"]);
    expect(view.backtest.latestRealStart).toBeNull();
    expect(view.synthetic).toBe(true);
  });

  test("the same figures as a market given without provenance (older callers)", () => {
    const plain: MarketData = { history: demoHistory, snapshots: demoSnapshots, referenceFigures: REFERENCE_FIGURES, managerExcessAssumptions: SYNTHETIC_MANAGER_EXCESS, datasets: [] };
    const a = composeProposal(usClient, plain, base);
    const b = composeProposal(usClient, marketWith([]), base);
    expect(b.allocation.lines.map((l) => [l.sleeve, l.style, l.weight])).toEqual(a.allocation.lines.map((l) => [l.sleeve, l.style, l.weight]));
    expect(b.backtest.proposal.wealthNet).toEqual(a.backtest.proposal.wealthNet);
    expect(b.evidence.rows).toEqual(a.evidence.rows);
  });
});

describe("stored views", () => {
  test("a view on real data survives JSON and parses as a stored view", () => {
    const view = composeProposal(usClient, marketWith(ALL), base);
    const stored = JSON.parse(JSON.stringify(view));
    expect(stored).toEqual(view);
    expect(parseStoredView(stored).view).not.toBeNull();
  });

  test("a view saved before provenance (no sources, segments or dataset kinds) still parses", () => {
    const view = JSON.parse(JSON.stringify(composeProposal(usClient, marketWith([]), base)));
    for (const l of view.allocation.lines) delete l.provenance;
    delete view.backtest.sleeveSources;
    delete view.backtest.latestRealStart;
    delete view.evidence.segments;
    view.methodology.datasets = [{ id: "x", name: "Demo", vintage: "v", synthetic: true }];
    expect(parseStoredView(view).issues).toBeNull();
  });
});
