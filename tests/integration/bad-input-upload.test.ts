import { describe, expect, test } from "vitest";
import { session } from "./helpers/session-mock";
import { makeAdvisor } from "./helpers/fixtures";
import { db } from "@/lib/db/prisma";
import { importHoldingsAction } from "@/lib/actions/admin/import-holdings";
import type { SessionUser } from "@/lib/auth/session";
import { badInputFiles, generatedBadInputs, matches, type BadInput } from "../fixtures/bad-input";

/**
 * Every holdings file of the bad-input corpus (and the generated huge-line ones) through the admin upload:
 * INVALID_INPUT with the README's error (line, column and code), and no Dataset row. The action allows 10 uploads a
 * minute per user (rateLimit "upload"), so a new admin takes over every 10 uploads.
 */
const inputs = [...badInputFiles(), ...generatedBadInputs()].filter((f) => f.importer === "holdings");
const UPLOADS_PER_ADMIN = 10;
let admin: SessionUser | null = null;
let uploads = 0;

async function uploadAsAdmin(input: BadInput) {
  if (admin === null || uploads % UPLOADS_PER_ADMIN === 0) admin = await makeAdvisor("ADMIN");
  uploads++;
  session.user = admin;
  const content = Buffer.from(input.bytes).toString("base64");
  return importHoldingsAction({ label: "Bad input", region: "US", size: "small", fileName: input.name, content });
}

describe("bad holdings files through the admin upload", () => {
  test("the corpus has holdings files in all three layouts", () => {
    const layouts = new Set(inputs.map((f) => f.name.replace("generated-", "").split("-")[1]));
    expect([...layouts].sort()).toEqual(["de", "legacy", "us"]);
  });

  test.each(inputs.map((f) => [f.name, f] as [string, BadInput]))("%s: INVALID_INPUT with its line and column, nothing stored", async (_, input) => {
    const before = await db.dataset.count();
    const result = await uploadAsAdmin(input);
    expect(await db.dataset.count()).toBe(before);
    if (result.ok) throw new Error(`${input.name} was imported`);
    expect(result.error.code).toBe("INVALID_INPUT");
    const expected = input.expected;
    if (!expected) throw new Error(`${input.name}: add a row to tests/fixtures/bad-input/README.md`);
    if (input.bytes.length === 0) {
      // A zero-byte upload looks like no file at all: the schema refuses it before the importer runs.
      expect(result.error.fieldErrors).toEqual({ content: ["errors.required"] });
      return;
    }
    const { errors = [], total = 0 } = result.error.importErrors ?? {};
    expect(errors.some((e) => matches(e, expected)), `expected ${JSON.stringify(expected)} in\n${JSON.stringify(errors, null, 1)}`).toBe(true);
    expect(errors.length).toBeLessThanOrEqual(20);
    expect(total).toBeGreaterThanOrEqual(errors.length);
  });
});
