import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { session } from "./helpers/session-mock";
import { makeAdvisor } from "./helpers/fixtures";
import { db } from "@/lib/db/prisma";
import { listDatasets } from "@/lib/db/datasets";
import { importHoldingsAction } from "@/lib/actions/admin/import-holdings";
import { importErrorText, moreImportErrorsText } from "@/components/data/import-error-text";
import type { Locale } from "@/lib/i18n/config";
import { createTranslate, messagesFor } from "@/lib/i18n/translate";

// Three equity lines and a cash line, weights as printed in percent; top-10 = all three = 100%.
const VALID = [
  "iShares Example Small-Cap ETF",
  'Fund Holdings as of,"Jul 01, 2030"',
  " ",
  "Ticker,Name,Sector,Asset Class,Market Value,Weight (%),Location",
  '"AAA","ALPHA INC","Industrials","Equity","5,000.00","50.00","United States"',
  '"BBB","BETA INC","Health Care","Equity","3,000.00","30.00","United States"',
  '"CCC","GAMMA INC","Energy","Equity","1,900.00","19.00","United States"',
  '"USD","USD CASH","Cash and/or Derivatives","Cash","100.00","1.00","United States"',
  " ",
  '"The content contained herein is owned or licensed by BlackRock."',
].join("\n");
/** The form sends the file's bytes base64-encoded (components/admin/holdings-upload.tsx). */
const upload = (file: string | Uint8Array) => ({
  label: "Example small caps",
  region: "US" as const,
  size: "small" as const,
  fileName: "example.csv",
  content: Buffer.from(file).toString("base64"),
});
const HEADER = "Ticker,Name,Sector,Asset Class,Market Value,Weight (%),Location";
const t = (locale: Locale) => createTranslate(messagesFor(locale));

describe("importHoldings (admin upload)", () => {
  test("advisors are refused", async () => {
    session.user = await makeAdvisor("ADVISOR");
    expect(await importHoldingsAction(upload(VALID))).toEqual({ ok: false, error: { code: "FORBIDDEN" } });
  });

  test("a valid file becomes a dataset of the admin's firm only", async () => {
    const admin = await makeAdvisor("ADMIN");
    session.user = admin;
    const result = await importHoldingsAction(upload(VALID));
    expect(result).toMatchObject({ ok: true, data: { equityLines: 3, otherLines: 1, asOf: "2030-07-01" } });
    expect((await listDatasets(admin.firmId, "snapshots")).map((d) => d.name)).toContain("Example small caps");
    const other = await makeAdvisor("ADMIN");
    expect((await listDatasets(other.firmId, "snapshots")).map((d) => d.name)).not.toContain("Example small caps");
  });

  test("a file with a bad row imports nothing and names the row and column", async () => {
    session.user = await makeAdvisor("ADMIN");
    const bad = readFileSync(path.resolve("tests/fixtures/data/ishares-bad-weight.csv"));
    const before = await db.dataset.count();
    const result = await importHoldingsAction(upload(bad));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("INVALID_INPUT");
    expect(result.error.importErrors).toEqual({ errors: [{ line: 6, column: "Weight (%)", code: "not_a_number", params: { value: "n/a" } }], total: 1 });
    expect(await db.dataset.count()).toBe(before);
  });

  test("a long error list is cut at 20 and says how many there were, worded by the form in either language", async () => {
    session.user = await makeAdvisor("ADMIN");
    const rows = Array.from({ length: 30 }, (_, i) => `"T${i}","NAME ${i}","Energy","Equity","1.00","n/a","Japan"`);
    const result = await importHoldingsAction(upload([HEADER, ...rows, ""].join("\n")));
    if (result.ok) throw new Error("imported");
    const { errors = [], total } = result.error.importErrors ?? {};
    expect(errors).toHaveLength(20);
    expect(total).toBe(30);
    // What components/admin/holdings-upload.tsx shows for the last error kept and the cut.
    expect(importErrorText(errors[19]!, t("en"), "en")).toBe('Line 21, column "Weight (%)": expected a number: "n/a"');
    expect(importErrorText(errors[19]!, t("ko"), "ko")).toBe('21행, "Weight (%)" 열: 숫자가 아닙니다: "n/a"');
    expect(moreImportErrorsText(errors.length, 30, t("en"), "en")).toBe("…and 10 more errors (30 in all)");
  });

  test("a file that is not UTF-8 is refused, naming the line of the first bad byte", async () => {
    session.user = await makeAdvisor("ADMIN");
    const latin1 = Buffer.from(`${HEADER}\n"NES","NESTL\u00c9 SA","Food","Equity","1.00","100.00","Switzerland"\n`, "latin1");
    const result = await importHoldingsAction(upload(latin1));
    if (result.ok) throw new Error("imported");
    expect(result.error.importErrors?.errors).toEqual([{ line: 2, column: null, code: "not_utf8", params: { byte: "C9", position: 13 } }]);
  });

  test("a UTF-8 byte-order mark is accepted", async () => {
    session.user = await makeAdvisor("ADMIN");
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(VALID)]);
    expect(await importHoldingsAction(upload(withBom))).toMatchObject({ ok: true, data: { equityLines: 3 } });
  });

  test("content that is not base64, or over 4 MiB, is a field error", async () => {
    session.user = await makeAdvisor("ADMIN");
    expect(await importHoldingsAction({ ...upload(VALID), content: "not base64!" })).toEqual({
      ok: false,
      error: { code: "INVALID_INPUT", fieldErrors: { content: ["errors.invalidUpload"] } },
    });
    const tooLarge = { ok: false, error: { code: "INVALID_INPUT", fieldErrors: { content: ["errors.fileTooLarge"] } } };
    expect(await importHoldingsAction(upload(Buffer.alloc(4 * 1024 * 1024 + 1, 0x41)))).toEqual(tooLarge);
    expect(await importHoldingsAction(upload(Buffer.alloc(6 * 1024 * 1024, 0x41)))).toEqual(tooLarge);
  });

  test("uploads are rate-limited per user: the 11th in a minute is refused", async () => {
    session.user = await makeAdvisor("ADMIN");
    const bad = upload(`${HEADER}\n"AAA","ALPHA INC","Energy","Equity","1.00","n/a","Japan"\n`);
    const codes: string[] = [];
    for (let i = 0; i < 11; i++) {
      const result = await importHoldingsAction(bad);
      codes.push(result.ok ? "OK" : result.error.code);
    }
    expect(codes).toEqual([...Array<string>(10).fill("INVALID_INPUT"), "RATE_LIMITED"]);
  });

  test("an empty upload is a field error", async () => {
    session.user = await makeAdvisor("ADMIN");
    const result = await importHoldingsAction(upload(""));
    expect(result).toEqual({ ok: false, error: { code: "INVALID_INPUT", fieldErrors: { content: ["errors.required"] } } });
  });
});
