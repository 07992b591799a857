import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { beforeAll, expect, test } from "vitest";
import { session } from "./helpers/session-mock";
import { clientValues, makeAdvisor, seedMarketData } from "./helpers/fixtures";
import { describeWithSharedData, SHARED_DATA_DIR } from "../helpers/shared-data";
import { db } from "@/lib/db/prisma";
import { activateDataset, activeDatasetsBySlot, chooseSlotDataset, deleteDataset, listSlotChoices, readDatasetPayload } from "@/lib/db/dataset-activation";
import { listDatasetRecords } from "@/lib/db/datasets";
import { importDataFile, type ImportedFile } from "@/lib/services/datasets/import-file";
import { activateDatasetAction, chooseSlotDatasetAction, deleteDatasetAction } from "@/lib/actions/admin/dataset-activation";
import { createClientAction } from "@/lib/actions/clients/create-client";
import { saveScenarioAction } from "@/lib/actions/scenarios/save-scenario";
import { computeInformationGap } from "@/lib/metrics/information-gap";
import type { ConstituentSnapshot } from "@/lib/market/types";
import type { SessionUser } from "@/lib/auth/session";

/**
 * The import service on every file of ../shared/data (SOURCES.md describes them), activation per slot, and
 * deletion. Expected kinds and row counts are worked out here from the raw files by other means than the
 * importers (counting lines, reading columns by a plain CSV split), as are IWM's and KOSPI large's metrics.
 */

const read = (relative: string) => readFileSync(path.join(SHARED_DATA_DIR, relative));
const text = (relative: string) => read(relative).toString("utf8").replace(/^\uFEFF/, "");

/** A CSV line split on commas outside double quotes; quotes removed. */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = "";
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === "," && !quoted) {
      out.push(cell);
      cell = "";
    } else cell += ch;
  }
  out.push(cell);
  return out.map((c) => c.trim());
}

/** French files: every data row starts with a period (YYYY, YYYYMM or YYYYMMDD) and a comma. */
const frenchRows = (relative: string) => text(relative).split(/\r?\n/).filter((l) => /^\s*\d{4}(\d{2}){0,2}\s*,/.test(l)).length;

/** The table of an iShares export: from the header row to the first blank line, as records by column name. */
function isharesTable(relative: string): Record<string, string>[] {
  const lines = text(relative).split(/\r?\n/);
  const h = lines.findIndex((l) => /^"?(Ticker|Emittententicker)"?,/.test(l));
  const header = cells(lines[h]!);
  const rows: Record<string, string>[] = [];
  for (const line of lines.slice(h + 1)) {
    if (line.replace(/[",\s]/g, "") === "") break;
    const c = cells(line);
    rows.push(Object.fromEntries(header.map((name, i) => [name, c[i] ?? ""])));
  }
  return rows;
}

/** Equity lines: asset class Equity (Aktien in the German export), swaps on equities left out (IJR's older layout). */
const equityRows = (relative: string) =>
  isharesTable(relative).filter((r) => ["Equity", "Aktien"].includes(r["Asset Class"] ?? r["Anlageklasse"] ?? "") && (r["Type"] ?? "Equity") === "Equity");

/** KRX lists: one row per stock after the header. */
const krxRows = (relative: string) => text(relative).split(/\r?\n/).slice(1).filter((l) => l.trim() !== "");

/** The EPS calendar keeps one record per symbol. */
const epsSymbols = (relative: string) => new Set((JSON.parse(text(relative)) as { symbol: string }[]).map((r) => r.symbol.toUpperCase())).size;

/**
 * marcap daily rows → the monthly panel's rows: per calendar month, the codes that have a row on that month's
 * last trading day in the file (a code without one has stopped, and gets no row for the month).
 */
function marcapMonthEndRows(relative: string): number {
  const lines = gunzipSync(read(relative)).toString("utf8").replace(/^\uFEFF/, "").split(/\r?\n/);
  const header = cells(lines[0]!);
  const [code, date] = [header.indexOf("Code"), header.indexOf("Date")];
  const byDate = new Map<string, Set<string>>();
  for (const line of lines.slice(1)) {
    if (line.trim() === "") continue;
    const c = cells(line);
    const day = c[date]!.slice(0, 10);
    (byDate.get(day) ?? byDate.set(day, new Set()).get(day)!).add(c[code]!);
  }
  const lastDayOfMonth = new Map<string, string>();
  for (const day of byDate.keys()) if ((lastDayOfMonth.get(day.slice(0, 7)) ?? "") < day) lastDayOfMonth.set(day.slice(0, 7), day);
  return [...lastDayOfMonth.values()].reduce((n, day) => n + byDate.get(day)!.size, 0);
}

type Expected = { file: string; kind: ImportedFile["kind"]; rows: () => number; slots: string[] };

const FILES: Expected[] = [
  ...[
    ["Asia_Pacific_ex_Japan_3_Factors_202509.csv", ["returns:APAC_EX_JAPAN_SMALL", "returns:APAC_EX_JAPAN_LARGE"]],
    ["Developed_3_Factors_202512.csv", []],
    ["Developed_ex_US_5_Factors_Daily_202603.csv", []],
    ["Emerging_5_Factors_202603.csv", ["returns:EM_SMALL", "returns:EM_LARGE"]],
    ["Europe_3_Factors_202510.csv", ["returns:EUROPE_SMALL", "returns:EUROPE_LARGE"]],
    ["Europe_3_Factors_Daily_202603.csv", ["returns:EUROPE_SMALL", "returns:EUROPE_LARGE"]],
    ["F-F_Research_Data_Factors_monthly_through_202511.csv", ["returns:CASH"]],
    ["Japan_5_Factors_202512.csv", ["returns:JAPAN_SMALL", "returns:JAPAN_LARGE"]],
    ["North_America_5_Factors_202005.csv", []],
  ].map(([file, slots]): Expected => ({ file: `french/${file as string}`, kind: "french_factors", rows: () => frenchRows(`french/${file as string}`), slots: slots as string[] })),
  { file: "french/Portfolios_Formed_on_ME.csv", kind: "french_size", rows: () => frenchRows("french/Portfolios_Formed_on_ME.csv"), slots: ["returns:US_SMALL", "returns:US_LARGE"] },
  ...["Developed_6_Portfolios_ME_BE-ME.csv", "Developed_25_Portfolios_ME_BE-ME_202507.csv"].map((f): Expected => ({ file: `french/${f}`, kind: "french_size_bm", rows: () => frenchRows(`french/${f}`), slots: [] })),
  ...[
    ["IWM_holdings_2026-05-05.csv", "snapshot:US:small"],
    ["IWM_holdings_2026-04-10.csv", "snapshot:US:small"],
    ["IWM_holdings_2025-11-05.csv", "snapshot:US:small"],
    ["IWC_holdings_2026-01-20.csv", "snapshot:US:micro"],
    ["IJR_holdings_undated_commit-2021-03-12.csv", "snapshot:US:small"],
    ["IVV_holdings_2024-12-06.csv", "snapshot:US:large"],
    ["URTH_holdings_undated_commit-2021-04-25.csv", "snapshot:DEVELOPED:large"],
    ["EWGS_holdings_undated_commit-2021-03-12.csv", "snapshot:EUROPE:small"],
  ].map(([file, slot]): Expected => ({ file: `holdings/${file}`, kind: "snapshots", rows: () => equityRows(`holdings/${file}`).length, slots: [slot!] })),
  ...[
    ["KRX_KOSPI_LargeCap_KGZ01P", ["snapshot:KOREA:large:KOSPI"]],
    ["KRX_KOSPI_MidCap_KGZ02P", ["snapshot:KOREA:mid:KOSPI"]],
    ["KRX_KOSPI_SmallCap_KGZ03P", ["snapshot:KOREA:small:KOSPI"]],
    ["KRX_KOSPI_KGG01P", ["snapshot:KOREA:large:KOSPI", "snapshot:KOREA:mid:KOSPI", "snapshot:KOREA:small:KOSPI"]],
    ["KRX_KOSDAQ_LargeCap_QGZ01P", ["snapshot:KOREA:large:KOSDAQ"]],
    ["KRX_KOSDAQ_MidCap_QGZ02P", ["snapshot:KOREA:mid:KOSDAQ"]],
    ["KRX_KOSDAQ_SmallCap_QGZ03P", ["snapshot:KOREA:small:KOSDAQ"]],
    ["KRX_KOSDAQ_QGG01P", ["snapshot:KOREA:large:KOSDAQ", "snapshot:KOREA:mid:KOSDAQ", "snapshot:KOREA:small:KOSDAQ"]],
  ].map(([name, slots]): Expected => {
    const file = `korea/${name as string}_constituents_commit-2026-02-13.csv`;
    return { file, kind: "snapshots", rows: () => krxRows(file).length, slots: slots as string[] };
  }),
  { file: "korea/marcap-2025_partial_20250102-20250211.csv.gz", kind: "panel", rows: () => marcapMonthEndRows("korea/marcap-2025_partial_20250102-20250211.csv.gz"), slots: [] },
  { file: "panel/eps_calendar_earnings_cache_2025-12-26.json", kind: "estimates", rows: () => epsSymbols("panel/eps_calendar_earnings_cache_2025-12-26.json"), slots: ["estimates:US"] },
];

/** The importer's options as the CLI's --dir mode sets them: KRX lists take their date from the file name. */
const importFile = (admin: SessionUser, file: string, activate = false) =>
  importDataFile({ bytes: read(file), fileName: path.basename(file), firmId: admin.firmId, importedById: admin.id, options: { dateFromFileName: true }, activate });

const expectCode = async (promise: Promise<unknown>, code: string) => expect(promise).rejects.toMatchObject({ code });

describeWithSharedData("importDataFile on ../shared/data", () => {
  let admin: SessionUser;
  const imported = new Map<string, ImportedFile>();

  beforeAll(async () => {
    await seedMarketData();
    admin = await makeAdvisor("ADMIN");
    for (const { file } of FILES) imported.set(file, await importFile(admin, file));
  }, 300_000);

  test.each(FILES.map((f) => [f.file, f] as const))("%s: its kind, rows and slots; stored for the firm, not active", async (_name, expected) => {
    const got = imported.get(expected.file)!;
    expect({ kind: got.kind, rows: got.rowCount, slots: [...got.slots].sort() }).toEqual({ kind: expected.kind, rows: expected.rows(), slots: [...expected.slots].sort() });
    expect(got.activated).toEqual([]);
    const stored = await db.dataset.findUniqueOrThrow({ where: { id: got.id }, select: { firmId: true, importedById: true, fileName: true, rowCount: true } });
    expect(stored).toEqual({ firmId: admin.firmId, importedById: admin.id, fileName: path.basename(expected.file), rowCount: expected.rows() });
  });

  test("row counts match SOURCES.md where it gives them", () => {
    const rows = (file: string) => imported.get(file)!.rowCount;
    expect(rows("holdings/IWM_holdings_2026-05-05.csv")).toBe(1924);
    expect(rows("holdings/IJR_holdings_undated_commit-2021-03-12.csv")).toBe(602);
    expect(rows("holdings/EWGS_holdings_undated_commit-2021-03-12.csv")).toBe(107);
    expect(rows("korea/KRX_KOSDAQ_SmallCap_QGZ03P_constituents_commit-2026-02-13.csv")).toBe(1334);
    expect(rows("french/Europe_3_Factors_202510.csv")).toBe(424 + 34);
  });

  test("files of no supported kind are refused as unrecognised, nothing stored", async () => {
    const before = await db.dataset.count();
    for (const file of ["SOURCES.md", "panel/eps_calendar_universe_2025-12-26.csv"]) {
      await expect(importFile(admin, file)).rejects.toMatchObject({ code: "INVALID_INPUT", importErrors: { errors: [{ code: "unrecognised_file" }], total: 1 } });
    }
    expect(await db.dataset.count()).toBe(before);
  });

  test("IWM 2026-05-05: top-10 share, largest weight and Herfindahl equal those computed from the raw CSV", async () => {
    const id = imported.get("holdings/IWM_holdings_2026-05-05.csv")!.id;
    const [snapshot] = (await readDatasetPayload(admin.firmId, id)) as ConstituentSnapshot[];
    expect(snapshot!.label).toBe("iShares Russell 2000 ETF (IWM)");
    expect(snapshot!.asOf).toBe("2026-05-05");
    const metrics = computeInformationGap(snapshot!);
    // Independently: the equity lines' "Weight (%)" renormalised to sum to 1, sorted in descending order.
    const raw = equityRows("holdings/IWM_holdings_2026-05-05.csv").map((r) => Number(r["Weight (%)"]!.replace(/,/g, "")));
    const total = raw.reduce((a, b) => a + b, 0);
    const w = raw.map((x) => x / total).sort((a, b) => b - a);
    const value = (m: { status: string; value?: number }) => (m.status === "ok" ? m.value : NaN);
    expect(value(metrics.top10Share as never)).toBeCloseTo(w.slice(0, 10).reduce((a, b) => a + b, 0), 10);
    expect(value(metrics.largestWeight as never)).toBeCloseTo(w[0]!, 12);
    expect(value(metrics.herfindahl as never)).toBeCloseTo(w.reduce((a, b) => a + b * b, 0), 12);
  });

  test("KOSPI large caps: the top-10 share equals the ten largest listed caps over the list's total", async () => {
    const file = "korea/KRX_KOSPI_LargeCap_KGZ01P_constituents_commit-2026-02-13.csv";
    const [snapshot] = (await readDatasetPayload(admin.firmId, imported.get(file)!.id)) as ConstituentSnapshot[];
    expect(snapshot!.segment).toEqual({ area: "KOREA", tier: "large", market: "KOSPI" });
    expect(snapshot!.asOf).toBe("2026-02-13");
    const header = cells(text(file).split(/\r?\n/)[0]!);
    const capAt = header.indexOf("상장시가총액(원)");
    const caps = krxRows(file).map((l) => Number(cells(l)[capAt]!.replace(/,/g, ""))).sort((a, b) => b - a);
    const expected = caps.slice(0, 10).reduce((a, b) => a + b, 0) / caps.reduce((a, b) => a + b, 0);
    const metrics = computeInformationGap(snapshot!);
    expect(metrics.top10Share).toMatchObject({ status: "ok" });
    expect((metrics.top10Share as { value: number }).value).toBeCloseTo(expected, 12);
  });

  test("activation: a dataset stands for every slot it can fill; per slot, another candidate or the demo data", async () => {
    const monthly = imported.get("french/Europe_3_Factors_202510.csv")!;
    const daily = imported.get("french/Europe_3_Factors_Daily_202603.csv")!;
    const kosdaqSmall = imported.get("korea/KRX_KOSDAQ_SmallCap_QGZ03P_constituents_commit-2026-02-13.csv")!;
    expect(await activeDatasetsBySlot(admin.firmId)).toEqual(new Map());

    expect(await activateDataset(admin.firmId, monthly.id, admin.id)).toEqual(["returns:EUROPE_SMALL", "returns:EUROPE_LARGE"]);
    await activateDataset(admin.firmId, kosdaqSmall.id, admin.id);
    let active = await activeDatasetsBySlot(admin.firmId);
    expect(Object.fromEntries([...active].map(([slot, d]) => [slot, d.id]))).toEqual({
      "returns:EUROPE_LARGE": monthly.id,
      "returns:EUROPE_SMALL": monthly.id,
      "snapshot:KOREA:small:KOSDAQ": kosdaqSmall.id,
    });
    expect(active.get("returns:EUROPE_SMALL")).toMatchObject({ kind: "french_factors", source: "Kenneth R. French Data Library", vintage: "202510 Bloomberg", fileName: "Europe_3_Factors_202510.csv" });

    // Activating the daily file replaces the monthly one in both slots; then one slot goes back to monthly, one to demo.
    await activateDataset(admin.firmId, daily.id, admin.id);
    await chooseSlotDataset(admin.firmId, "returns:EUROPE_SMALL", monthly.id, admin.id);
    await chooseSlotDataset(admin.firmId, "returns:EUROPE_LARGE", null, admin.id);
    active = await activeDatasetsBySlot(admin.firmId);
    expect(active.get("returns:EUROPE_SMALL")?.id).toBe(monthly.id);
    expect(active.has("returns:EUROPE_LARGE")).toBe(false);

    const choices = await listSlotChoices(admin.firmId);
    const small = choices.find((c) => c.slot === "returns:EUROPE_SMALL")!;
    expect(small.active?.id).toBe(monthly.id);
    expect(small.candidates.map((c) => c.id).sort()).toEqual([monthly.id, daily.id].sort());
    // KOSDAQ small caps can be filled by the size-index list or the whole-market list split into tiers.
    const kosdaq = choices.find((c) => c.slot === "snapshot:KOREA:small:KOSDAQ")!;
    expect(kosdaq.candidates.map((c) => c.id).sort()).toEqual([kosdaqSmall.id, imported.get("korea/KRX_KOSDAQ_QGG01P_constituents_commit-2026-02-13.csv")!.id].sort());

    // A dataset cannot be chosen for a slot it cannot fill, nor a string that is not a slot.
    await expectCode(chooseSlotDataset(admin.firmId, "returns:JAPAN_SMALL", monthly.id, admin.id), "INVALID_INPUT");
    await expectCode(chooseSlotDataset(admin.firmId, "returns:MARS_SMALL", null, admin.id), "INVALID_INPUT");
    // Research-only data fills nothing: activating it changes nothing.
    expect(await activateDataset(admin.firmId, imported.get("french/Developed_6_Portfolios_ME_BE-ME.csv")!.id, admin.id)).toEqual([]);

    const kinds = await db.activity.findMany({ where: { advisorId: admin.id }, select: { kind: true } });
    expect(kinds.filter((k) => k.kind === "dataset_imported")).toHaveLength(FILES.length);
    expect(kinds.filter((k) => k.kind === "dataset_activated").length).toBeGreaterThanOrEqual(4);
    expect(kinds.filter((k) => k.kind === "dataset_slot_demo")).toHaveLength(1);
  });

  test("importing with activate set stores and activates in one go", async () => {
    const other = await makeAdvisor("ADMIN");
    const got = await importFile(other, "holdings/IWC_holdings_2026-01-20.csv", true);
    expect(got.activated).toEqual(["snapshot:US:micro"]);
    expect((await activeDatasetsBySlot(other.firmId)).get("snapshot:US:micro")?.id).toBe(got.id);
  });

  test("another firm's dataset id answers NOT_FOUND everywhere, and its admin sees nothing of it", async () => {
    const outsider = await makeAdvisor("ADMIN");
    const id = imported.get("french/Japan_5_Factors_202512.csv")!.id;
    await expectCode(activateDataset(outsider.firmId, id, outsider.id), "NOT_FOUND");
    await expectCode(chooseSlotDataset(outsider.firmId, "returns:JAPAN_SMALL", id, outsider.id), "NOT_FOUND");
    await expectCode(deleteDataset(outsider.firmId, id, outsider.id), "NOT_FOUND");
    expect(await readDatasetPayload(outsider.firmId, id)).toBeNull();
    expect((await listDatasetRecords(outsider.firmId)).map((d) => d.id)).not.toContain(id);
    session.user = outsider;
    const missing = "cmissingdataset000000000";
    for (const datasetId of [id, missing]) {
      expect(await activateDatasetAction({ datasetId })).toEqual({ ok: false, error: { code: "NOT_FOUND" } });
      expect(await deleteDatasetAction({ datasetId })).toEqual({ ok: false, error: { code: "NOT_FOUND" } });
      expect(await chooseSlotDatasetAction({ slot: "returns:JAPAN_SMALL", datasetId })).toEqual({ ok: false, error: { code: "NOT_FOUND" } });
    }
    expect(await activeDatasetsBySlot(outsider.firmId)).toEqual(new Map());
    expect(await db.dataset.count({ where: { id } })).toBe(1);
  });

  test("a dataset a saved scenario used cannot be deleted, and the refusal names the scenario; an unused one is deleted with its activations", async () => {
    const firmAdmin = await makeAdvisor("ADMIN");
    const advisor = await db.user.create({
      data: { firmId: firmAdmin.firmId, role: "ADVISOR", email: `adv-${firmAdmin.id}@example.com`, name: "Advisor", passwordHash: "x" },
    });
    const used = await importFile(firmAdmin, "french/Europe_3_Factors_202510.csv", true);
    // Imported, not active: the scenario below is generated without it.
    const unused = await importFile(firmAdmin, "holdings/IVV_holdings_2024-12-06.csv");
    session.user = { id: advisor.id, firmId: firmAdmin.firmId, email: advisor.email, name: advisor.name, role: "ADVISOR", locale: "en" };
    const client = await createClientAction(clientValues({ name: "Europe client" }));
    if (!client.ok) throw new Error(JSON.stringify(client.error));
    const saved = await saveScenarioAction({ clientId: client.data.id, name: "Europe on real data", assumptions: { activeOverride: "model", rebalance: "annual" } });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));

    expect(await deleteDataset(firmAdmin.firmId, used.id, firmAdmin.id)).toEqual({ deleted: false, usedBy: [{ id: saved.data.id, name: "Europe on real data" }] });
    expect(await db.dataset.count({ where: { id: used.id } })).toBe(1);
    session.user = firmAdmin;
    expect(await deleteDatasetAction({ datasetId: used.id })).toEqual({ ok: true, data: { deleted: false, usedBy: [{ id: saved.data.id, name: "Europe on real data" }] } });

    // Activated after the scenario was saved: deleting it takes its activation with it.
    await activateDataset(firmAdmin.firmId, unused.id, firmAdmin.id);
    expect(await deleteDatasetAction({ datasetId: unused.id })).toEqual({ ok: true, data: { deleted: true } });
    expect(await db.dataset.count({ where: { id: unused.id } })).toBe(0);
    expect((await activeDatasetsBySlot(firmAdmin.firmId)).has("snapshot:US:large")).toBe(false);
    // Global datasets (the demo seed) are not a firm's to delete.
    const demo = await db.dataset.findFirstOrThrow({ where: { firmId: null }, select: { id: true } });
    expect(await deleteDatasetAction({ datasetId: demo.id })).toEqual({ ok: false, error: { code: "NOT_FOUND" } });
  });

  test("advisors cannot activate, choose or delete", async () => {
    session.user = await makeAdvisor("ADVISOR");
    const datasetId = imported.get("french/Japan_5_Factors_202512.csv")!.id;
    expect(await activateDatasetAction({ datasetId })).toEqual({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await chooseSlotDatasetAction({ slot: "returns:JAPAN_SMALL", datasetId: null })).toEqual({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await deleteDatasetAction({ datasetId })).toEqual({ ok: false, error: { code: "FORBIDDEN" } });
  });
});
