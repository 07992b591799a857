import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { session } from "./helpers/session-mock";
import { makeAdvisor } from "./helpers/fixtures";
import { db } from "@/lib/db/prisma";
import { listDatasets } from "@/lib/db/datasets";
import { importHoldingsAction } from "@/lib/actions/admin/import-holdings";

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
const upload = (content: string) => ({ label: "Example small caps", region: "US" as const, size: "small" as const, fileName: "example.csv", content });

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
    const bad = readFileSync(path.resolve("tests/fixtures/data/ishares-bad-weight.csv"), "utf8");
    const before = await db.dataset.count();
    const result = await importHoldingsAction(upload(bad));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("INVALID_INPUT");
    expect(result.error.fieldErrors?.file?.[0]).toMatch(/^line \d+, column "Weight \(%\)"/);
    expect(await db.dataset.count()).toBe(before);
  });

  test("an empty upload is a field error", async () => {
    session.user = await makeAdvisor("ADMIN");
    const result = await importHoldingsAction(upload(""));
    expect(result).toEqual({ ok: false, error: { code: "INVALID_INPUT", fieldErrors: { content: ["errors.required"] } } });
  });
});
