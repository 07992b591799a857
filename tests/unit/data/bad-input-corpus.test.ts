import { describe, expect, it, test } from "vitest";
import { importErrorText } from "@/components/data/import-error-text";
import { createTranslate, messagesFor } from "@/lib/i18n/translate";
import { badInputFiles, generatedBadInputs, importBadInput, matches, MIN_CORPUS_FILES, type BadInput } from "../../fixtures/bad-input";

/**
 * Every file of tests/fixtures/bad-input (read from the folder, so a new file is covered without editing
 * this test) and every generated huge-line file is refused by its importer, with the error its README row
 * names (line, column and code). Expectations were written by hand from the format rules in docs/data.md,
 * not from the importers' output.
 */
const files = badInputFiles();
const generated = generatedBadInputs();
const t = createTranslate(messagesFor("en"));

describe("the bad-input corpus", () => {
  it(`holds at least ${MIN_CORPUS_FILES} files, each named for its importer and listed in the README`, () => {
    expect(files.length).toBeGreaterThanOrEqual(MIN_CORPUS_FILES);
    expect(files.filter((f) => f.importer === null).map((f) => f.name)).toEqual([]);
    expect(files.filter((f) => f.expected === undefined).map((f) => f.name)).toEqual([]);
  });

  it("covers every importer and layout", () => {
    const prefixes = new Set(files.map((f) => f.name.split("-").slice(0, f.name.startsWith("ishares-") ? 2 : 1).join("-")));
    expect([...prefixes].sort()).toEqual(["french", "ishares-de", "ishares-legacy", "ishares-us", "panel"]);
  });
});

test.each([...files, ...generated].map((f) => [f.name, f] as [string, BadInput]))("%s is refused with its README error", (_, input) => {
  const { stage, result } = importBadInput(input);
  if (result.ok) throw new Error(`${input.name} was imported`);
  expect(result.total).toBeGreaterThanOrEqual(result.errors.length);
  for (const e of result.errors) expect(e.line === null || (Number.isInteger(e.line) && e.line >= 1)).toBe(true);
  const expected = input.expected;
  if (!expected) throw new Error(`${input.name}: add a row to tests/fixtures/bad-input/README.md`);
  // Problems of the file or of a line's bytes name no column; the importers' errors on a line name one.
  if (stage === "import" && expected.line !== null) expect(result.errors.some((e) => e.column !== null)).toBe(true);
  const found = result.errors.some((e) => matches(e, expected));
  const got = result.errors.map((e) => `${e.code} ${importErrorText(e, t, "en")}`).join("\n");
  expect(found, `expected ${JSON.stringify(expected)}, got:\n${got}`).toBe(true);
});
