import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, test } from "vitest";
import { session } from "./helpers/session-mock";
import { makeAdvisor } from "./helpers/fixtures";
import { describeWithSharedData, SHARED_DATA_DIR } from "../helpers/shared-data";
import { db } from "@/lib/db/prisma";
import { activeDatasetsBySlot } from "@/lib/db/dataset-activation";
import { MAX_DATA_UPLOAD_BYTES } from "@/lib/data/upload-limit";
import { POST } from "@/app/(app)/admin/data/upload/route";

/** POST /admin/data/upload as the page sends it: the file as the body, its name and options in the URL. */
function upload(body: BodyInit | null, query: Record<string, string> = {}, headers: Record<string, string> = {}): Promise<Response> {
  const url = `http://localhost/admin/data/upload?${new URLSearchParams({ fileName: "file.csv", ...query })}`;
  return POST(new Request(url, { method: "POST", body, headers, ...(body instanceof ReadableStream ? { duplex: "half" } : {}) } as RequestInit));
}

/** A minimal iShares export of a fund the app knows by its file name (IWM): two equity lines and cash. */
const HOLDINGS = [
  "iShares Russell 2000 ETF",
  'Fund Holdings as of,"Jan 02, 2031"',
  "",
  "Ticker,Name,Sector,Asset Class,Market Value,Weight (%),Location",
  '"AAA","ALPHA CORP","Utilities","Equity","6,000.00","60.00","United States"',
  '"BBB","BETA CORP","Materials","Equity","3,900.00","39.00","United States"',
  '"USD","USD CASH","Cash and/or Derivatives","Cash","100.00","1.00","United States"',
].join("\n");

/** `count` chunks of 1 MiB (the same buffer each time): a body that states no length. */
function stream(count: number): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(1024 * 1024).fill(0x41);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent++ < count) controller.enqueue(chunk);
      else controller.close();
    },
  });
}

describe("POST /admin/data/upload", () => {
  beforeEach(() => {
    session.user = null;
  });

  test("401 without a session, 403 for an advisor; nothing stored", async () => {
    const before = await db.dataset.count();
    expect((await upload(HOLDINGS)).status).toBe(401);
    session.user = await makeAdvisor("ADVISOR");
    const response = await upload(HOLDINGS);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await db.dataset.count()).toBe(before);
  });

  test("403 for another site's form, even an admin's", async () => {
    session.user = await makeAdvisor("ADMIN");
    expect((await upload(HOLDINGS, {}, { origin: "https://evil.example" })).status).toBe(403);
  });

  test("413 over 50 MB, whether the length is stated or not", async () => {
    session.user = await makeAdvisor("ADMIN");
    const before = await db.dataset.count();
    const stated = await upload("x", {}, { "content-length": String(MAX_DATA_UPLOAD_BYTES + 1) });
    expect(stated.status).toBe(413);
    expect(await stated.json()).toEqual({ ok: false, error: { code: "INVALID_INPUT", fieldErrors: { file: ["errors.dataFileTooLarge"] } } });
    expect((await upload(stream(MAX_DATA_UPLOAD_BYTES / (1024 * 1024) + 1))).status).toBe(413);
    expect(await db.dataset.count()).toBe(before);
  });

  test("a bad file: 400 with its errors by row and column, nothing stored", async () => {
    session.user = await makeAdvisor("ADMIN");
    const before = await db.dataset.count();
    const bad = readFileSync(path.resolve("tests/fixtures/data/ishares-bad-weight.csv"));
    const response = await upload(bad, { fileName: "IWM_bad.csv" });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { ok: false; error: { code: string; importErrors: { errors: { line: number; column: string }[]; total: number } } };
    expect(body.error.code).toBe("INVALID_INPUT");
    expect(body.error.importErrors.total).toBeGreaterThan(0);
    expect(body.error.importErrors.errors[0]).toMatchObject({ line: expect.any(Number), column: expect.any(String) });
    const unknown = await upload("just some text\nand more\n", { fileName: "notes.txt" });
    expect(await unknown.json()).toEqual({ ok: false, error: { code: "INVALID_INPUT", importErrors: { errors: [{ line: null, column: null, code: "unrecognised_file", params: {} }], total: 1 } } });
    expect((await upload("")).status).toBe(400);
    expect((await upload(HOLDINGS, { asOf: "yesterday" })).status).toBe(400);
    expect(await db.dataset.count()).toBe(before);
  });

  test("a good file is stored for the admin's firm, named by its fund, and not active", async () => {
    const admin = await makeAdvisor("ADMIN");
    session.user = admin;
    const response = await upload(HOLDINGS, { fileName: "IWM_holdings.csv" });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ok: true; data: { id: string; kind: string; name: string; rowCount: number; slots: string[]; activated: string[] } };
    expect(body.data).toMatchObject({ kind: "snapshots", name: "iShares Russell 2000 ETF (IWM)", rowCount: 2, slots: ["snapshot:US:small"], activated: [] });
    expect(await db.dataset.findUniqueOrThrow({ where: { id: body.data.id }, select: { firmId: true, importedById: true } })).toEqual({ firmId: admin.firmId, importedById: admin.id });
    expect(await activeDatasetsBySlot(admin.firmId)).toEqual(new Map());
  });

  test("an unknown fund needs the region and size it stands for", async () => {
    session.user = await makeAdvisor("ADMIN");
    const unknownFund = HOLDINGS.replace("iShares Russell 2000 ETF", "iShares Example Fund");
    const refused = await upload(unknownFund, { fileName: "example.csv" });
    expect(await refused.json()).toMatchObject({ ok: false, error: { importErrors: { errors: [{ code: "unknown_fund" }] } } });
    const accepted = await upload(unknownFund, { fileName: "example.csv", region: "JAPAN", size: "small" });
    expect(await accepted.json()).toMatchObject({ ok: true, data: { name: "iShares Example Fund", slots: ["snapshot:JAPAN:small"] } });
  });
});

describeWithSharedData("POST /admin/data/upload on ../shared/data", () => {
  test("a KRX list without an index code in its name takes the market and tier from the form", async () => {
    session.user = await makeAdvisor("ADMIN");
    const bytes = readFileSync(path.join(SHARED_DATA_DIR, "korea/KRX_KOSDAQ_SmallCap_QGZ03P_constituents_commit-2026-02-13.csv"));
    const response = await upload(bytes, { fileName: "kosdaq-small.csv", market: "KOSDAQ", tier: "small", asOf: "2026-02-13" });
    expect(await response.json()).toMatchObject({ ok: true, data: { kind: "snapshots", asOf: "2026-02-13", rowCount: 1334, slots: ["snapshot:KOREA:small:KOSDAQ"] } });
  });
});
