import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { session } from "./helpers/session-mock";
import { clientValues, makeAdvisor, seedMarketData } from "./helpers/fixtures";
import { describeWithSharedData, SHARED_DATA_DIR } from "../helpers/shared-data";
import { createClientAction } from "@/lib/actions/clients/create-client";
import { generateProposalAction } from "@/lib/actions/proposals/generate-proposal";
import { saveScenarioAction } from "@/lib/actions/scenarios/save-scenario";
import { getScenarioOrThrow } from "@/lib/db/scenarios";
import type { SessionUser } from "@/lib/auth/session";
import { importDataFile, type ImportedFile } from "@/lib/services/datasets/import-file";
import type { Methodology, ProposalView } from "@/lib/services/proposal/view-model";
import { exampleCountry } from "@/components/proposal/provenance-text";

/**
 * Proposals on real data: a firm that imported and activated French, iShares, KRX and EPS files gets lines and
 * evidence citing them; a firm that activated nothing (or only imported) still gets the demo everywhere.
 */
const FILES = {
  europe: "french/Europe_3_Factors_202510.csv",
  me: "french/Portfolios_Formed_on_ME.csv",
  iwm: "holdings/IWM_holdings_2026-05-05.csv",
  iwc: "holdings/IWC_holdings_2026-01-20.csv",
  urth: "holdings/URTH_holdings_undated_commit-2021-04-25.csv",
  ewgs: "holdings/EWGS_holdings_undated_commit-2021-03-12.csv",
  kosdaqSmall: "korea/KRX_KOSDAQ_SmallCap_QGZ03P_constituents_commit-2026-02-13.csv",
  kospiLarge: "korea/KRX_KOSPI_LargeCap_KGZ01P_constituents_commit-2026-02-13.csv",
  eps: "panel/eps_calendar_earnings_cache_2025-12-26.json",
} as const;
const defaults = { activeOverride: "model", rebalance: "annual" } as const;

async function importAll(user: SessionUser, activate: boolean): Promise<Record<keyof typeof FILES, ImportedFile>> {
  const out: Partial<Record<keyof typeof FILES, ImportedFile>> = {};
  for (const [key, relative] of Object.entries(FILES) as [keyof typeof FILES, string][]) {
    const bytes = readFileSync(path.join(SHARED_DATA_DIR, relative));
    out[key] = await importDataFile({ bytes, fileName: path.basename(relative), firmId: user.firmId, importedById: user.id, options: { asOf: key === "eps" ? "2025-12-26" : undefined }, activate });
  }
  return out as Record<keyof typeof FILES, ImportedFile>;
}

async function proposalFor(user: SessionUser, homeMarket: "US" | "KOREA"): Promise<{ clientId: string; view: ProposalView }> {
  session.user = user;
  const created = await createClientAction(clientValues({ name: `Client ${homeMarket}`, homeMarket, riskTolerance: 4, horizonYears: 15, investableAssets: homeMarket === "KOREA" ? 3_000_000_000 : 2_000_000, currency: homeMarket === "KOREA" ? "KRW" : "USD" }));
  if (!created.ok) throw new Error(`setup failed: ${JSON.stringify(created.error)}`);
  const result = await generateProposalAction({ clientId: created.data.id, assumptions: defaults });
  if (!result.ok) throw new Error(`proposal failed: ${JSON.stringify(result.error)}`);
  return { clientId: created.data.id, view: result.data };
}

describeWithSharedData("proposals on real data", () => {
  let realFirm: SessionUser;
  let imported: Record<keyof typeof FILES, ImportedFile>;

  beforeAll(async () => {
    await seedMarketData();
    realFirm = await makeAdvisor("ADMIN");
    imported = await importAll(realFirm, true);
  }, 120_000);

  test("Europe lines cite the Europe factor file, US lines the size-portfolio file, bonds are illustrative", async () => {
    const { view } = await proposalFor(realFirm, "US");
    const line = (sleeve: string) => view.allocation.lines.find((l) => l.sleeve === sleeve);
    expect(line("EUROPE_SMALL")!.provenance).toMatchObject({
      kind: "real", datasetId: imported.europe.id, source: "Kenneth R. French Data Library", vintage: imported.europe.vintage, currency: "USD", method: "factor_decomposition",
    });
    expect(imported.europe.vintage).toContain("202510");
    for (const sleeve of ["US_SMALL", "US_LARGE"]) expect(line(sleeve)!.provenance).toMatchObject({ kind: "real", datasetId: imported.me.id, method: "size_portfolios" });
    expect(line("BONDS")!.provenance).toEqual({ kind: "illustrative" });
    // Europe's regional data begin in 1990-07; the demo's bonds in 2000-01: the back-test cannot start earlier.
    const eu = view.backtest.sleeveSources!.find((s) => s.sleeve === "EUROPE_SMALL")!;
    expect(eu.firstMonth).toBe("1990-07");
    expect(view.backtest.latestRealStart! >= "1990-07").toBe(true);
    expect(view.backtest.commonPeriod.start >= view.backtest.latestRealStart!).toBe(true);
  });

  test("the evidence names IWM with its date, the KRX lists, and the estimate proxies of IWM", async () => {
    const { view } = await proposalFor(realFirm, "KOREA");
    const bySlot = new Map(view.evidence.segments!.map((s) => [s.slot, s]));
    const iwm = bySlot.get("snapshot:US:small")!;
    expect(iwm.provenance).toMatchObject({ kind: "real", datasetId: imported.iwm.id });
    expect(iwm.metrics.source.label).toContain("Russell 2000");
    expect(iwm.metrics.source.asOf).toBe("2026-05-05");
    expect(iwm.metrics.constituentCount).toBe(imported.iwm.rowCount);
    expect(bySlot.get("snapshot:KOREA:small:KOSDAQ")).toMatchObject({ provenance: { kind: "real", datasetId: imported.kosdaqSmall.id }, modelSleeve: "KOREA_SMALL" });
    expect(bySlot.get("snapshot:KOREA:large:KOSPI")).toMatchObject({ provenance: { kind: "real", datasetId: imported.kospiLarge.id }, modelSleeve: "KOREA_LARGE" });
    expect(bySlot.has("snapshot:KOREA:small")).toBe(false);
    // IWC (micro caps) and URTH (developed large caps) are evidence only; EWGS stands for Europe's small caps as a German example.
    expect(bySlot.get("snapshot:US:micro")).toMatchObject({ provenance: { kind: "real", datasetId: imported.iwc.id }, modelSleeve: null });
    expect(bySlot.get("snapshot:DEVELOPED:large")).toMatchObject({ provenance: { kind: "real", datasetId: imported.urth.id }, modelSleeve: null });
    const ewgs = bySlot.get("snapshot:EUROPE:small")!;
    expect(ewgs).toMatchObject({ provenance: { kind: "real", datasetId: imported.ewgs.id }, modelSleeve: "EUROPE_SMALL" });
    expect(exampleCountry(ewgs.segment, ewgs.metrics)).not.toBeNull();
    expect(bySlot.get("snapshot:JAPAN:small")!.provenance.kind).toBe("synthetic");
    const p = iwm.proxies!;
    expect(p).toMatchObject({ datasetId: imported.eps.id, asOf: "2025-12-26" });
    expect(p.matched).toBeGreaterThan(0);
    // The action answers the browser's copy, rounded to six significant digits (lib/services/proposal/client-view.ts).
    expect(p.matchRate).toBeCloseTo(p.matched / p.constituents, 6);
    expect(p.negativeShareByCount! > 0 && p.negativeShareByCount! < 1).toBe(true);
    for (const l of view.allocation.lines.filter((l) => l.region === "KOREA")) expect(l.provenance).toEqual({ kind: "illustrative" });
  });

  test("the saved scenario's methodology lists the real datasets and the slots they filled", async () => {
    const { clientId } = await proposalFor(realFirm, "US");
    const saved = await saveScenarioAction({ clientId, name: "On real data", assumptions: defaults });
    if (!saved.ok) throw new Error("expected ok");
    const version = (await getScenarioOrThrow(realFirm.id, saved.data.id)).versions[0]!;
    // The stored stamp is read as saved (a loose object): the fields checked here are the view-model's.
    const stamp = (version.methodology as unknown as Methodology).datasets;
    const byId = new Map(stamp.map((d) => [d.id, d]));
    expect(byId.get(imported.europe.id)!.slots!.sort()).toEqual(["returns:EUROPE_LARGE", "returns:EUROPE_SMALL"]);
    expect(byId.get(imported.me.id)!.slots!.sort()).toEqual(["returns:US_LARGE", "returns:US_SMALL"]);
    expect(byId.get(imported.iwm.id)!.slots).toEqual(["snapshot:US:small"]);
    expect(byId.get(imported.eps.id)!.slots).toEqual(["estimates:US"]);
    expect(stamp.some((d) => d.synthetic)).toBe(true);
  });

  test("a firm with nothing activated gets the demo everywhere, even after importing", async () => {
    const demoFirm = await makeAdvisor("ADMIN");
    const check = (view: ProposalView) => {
      for (const l of view.allocation.lines) expect(["synthetic", "illustrative"]).toContain(l.provenance!.kind);
      expect(view.evidence.segments!.every((s) => s.provenance.kind === "synthetic" && s.proxies === null)).toBe(true);
      expect(view.methodology.datasets.every((d) => d.synthetic)).toBe(true);
      expect(view.backtest.latestRealStart).toBeNull();
    };
    check((await proposalFor(demoFirm, "US")).view);
    // Imported, not activated: an upload never silently changes live proposals.
    await importDataFile({ bytes: readFileSync(path.join(SHARED_DATA_DIR, FILES.europe)), fileName: "Europe_3_Factors_202510.csv", firmId: demoFirm.firmId, importedById: demoFirm.id, options: {}, activate: false });
    check((await proposalFor(demoFirm, "US")).view);
  });
});
