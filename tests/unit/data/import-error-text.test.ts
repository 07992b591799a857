import { describe, expect, it, test } from "vitest";
import { importErrorText, moreImportErrorsText } from "@/components/data/import-error-text";
import { ErrorCollector, IMPORT_ERROR_CODES, IMPORT_ERROR_PARAMS, isImportErrorCode, type ImportError } from "@/lib/data/import-result";
import { importIsharesHoldings } from "@/lib/data/ishares-holdings";
import type { Locale } from "@/lib/i18n/config";
import { en } from "@/lib/i18n/messages/en";
import { ko } from "@/lib/i18n/messages/ko";
import { createTranslate, messagesFor } from "@/lib/i18n/translate";
import { badInputFiles, generatedBadInputs, importBadInput } from "../../fixtures/bad-input";
import { codeLeaks, withoutData } from "../app/helpers/catalog-text";
import { readFixture } from "./helpers";

/**
 * Importer errors are codes with parameters (lib/data/import-error-codes.ts), worded from the catalogs by
 * components/data/import-error-text.ts for the admin upload and both CLIs. `tsc` already refuses a code
 * without an `importError.<code>` key; these tests check the sentences' placeholders against the parameters
 * each code is given, pin a few renderings in both languages, and word the whole bad-input corpus in Korean.
 */
const text = (error: ImportError, locale: Locale) => importErrorText(error, createTranslate(messagesFor(locale)), locale);
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** English a Korean sentence keeps: encodings and formats, and words of the files themselves (header names, date patterns, panel statuses). */
const KEPT_WORDS = new Set(["UTF", "NUL", "CSV", "KiB", "Latin", "Windows", "EUC", "YYYY", "YYYYMM", "Ticker", "Emittententicker", "active", "delisted"]);
const englishWords = (s: string) => (s.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !KEPT_WORDS.has(w));

describe("the importError catalog keys", () => {
  test.each(IMPORT_ERROR_CODES)("%s has a sentence in both languages with its parameters as placeholders", (code) => {
    const params = [...IMPORT_ERROR_PARAMS[code]].sort();
    expect(placeholders(en[`importError.${code}`])).toEqual(params);
    expect(placeholders(ko[`importError.${code}`])).toEqual(params);
    expect(englishWords(ko[`importError.${code}`].replace(/\{\w+\}/g, " "))).toEqual([]);
  });

  it("has no sentence for a code that does not exist", () => {
    const orphans = Object.keys(en).filter((key) => key.startsWith("importError.") && !isImportErrorCode(key.slice("importError.".length)));
    expect(orphans).toEqual([]);
  });

  it("turns a schema message that is not a code into invalid_value, echoing the cell", () => {
    const errors = new ErrorCollector();
    errors.addCell(3, "Name", "Invalid input", "x");
    errors.addCell(4, "Name", "empty_cell", "");
    expect(errors.failure().errors).toEqual([
      { line: 3, column: "Name", code: "invalid_value", params: { value: "x" } },
      { line: 4, column: "Name", code: "empty_cell", params: {} },
    ]);
  });
});

describe("importErrorText", () => {
  // Sentences as written in lib/i18n/messages; numbers through Intl (65,585 in both locales).
  test.each<[string, ImportError, string, string]>([
    [
      "a cell",
      { line: 12, column: "Weight (%)", code: "not_a_number", params: { value: "n/a" } },
      'Line 12, column "Weight (%)": expected a number: "n/a"',
      '12행, "Weight (%)" 열: 숫자가 아닙니다: "n/a"',
    ],
    [
      "a line's bytes",
      { line: 3, column: null, code: "line_too_long", params: { length: 65585, limit: 65536 } },
      "Line 3: line too long: 65,585 characters, the limit is 65,536 (64 KiB)",
      "3행: 줄이 너무 깁니다: 65,585자이며 한도는 65,536자(64 KiB)입니다",
    ],
    ["the whole file", { line: null, column: null, code: "empty_file", params: {} }, "empty file: no bytes", "빈 파일입니다: 내용이 없습니다"],
    [
      "a column of the whole file",
      { line: null, column: "Lo 10", code: "missing_column", params: {} },
      'Column "Lo 10": required column missing from the header',
      '"Lo 10" 열: 필수 열이 머리글에 없습니다',
    ],
    [
      "a line number in a sentence",
      { line: 1204, column: "Ticker", code: "duplicate_listing", params: { ticker: "AAA", name: "ALPHA INC", first: 1203 } },
      'Line 1,204, column "Ticker": duplicated row: AAA (ALPHA INC) is already on line 1,203',
      '1,204행, "Ticker" 열: 중복된 행입니다: AAA(ALPHA INC)은(는) 이미 1,203행에 있습니다',
    ],
  ])("words %s in English and Korean", (_, error, english, korean) => {
    expect(text(error, "en")).toBe(english);
    expect(text(error, "ko")).toBe(korean);
  });

  it("words an importer's error end to end (tests/fixtures/data/ishares-bad-weight.csv)", () => {
    const result = importIsharesHoldings(readFixture("ishares-bad-weight.csv"), { id: "t", label: "t", source: "t", region: "US", size: "small" });
    if (result.ok) throw new Error("imported");
    expect(result.errors.map((e) => text(e, "en"))).toEqual(['Line 6, column "Weight (%)": expected a number: "n/a"']);
    expect(result.errors.map((e) => text(e, "ko"))).toEqual(['6행, "Weight (%)" 열: 숫자가 아닙니다: "n/a"']);
  });

  test.each<[Locale, number, number, string | null]>([
    ["en", 20, 20, null],
    ["en", 20, 137, "…and 117 more errors (137 in all)"],
    ["en", 100, 101, "…and 1 more error (101 in all)"],
    ["en", 100, 1250, "…and 1,150 more errors (1,250 in all)"],
    ["ko", 20, 137, "…외 오류 117개 (모두 137개)"],
  ])("moreImportErrorsText in %s: %i shown of %i → %s", (locale, shown, total, expected) => {
    expect(moreImportErrorsText(shown, total, createTranslate(messagesFor(locale)), locale)).toBe(expected);
  });
});

describe("the bad-input corpus, worded in Korean", () => {
  const inputs = [...badInputFiles(), ...generatedBadInputs()];

  test.each(inputs.map((f) => [f.name, f] as const))("%s: Korean sentences, no English left, no code or placeholder", (_, input) => {
    const { result } = importBadInput(input);
    if (result.ok) throw new Error(`${input.name} was imported`);
    for (const error of result.errors) {
      expect(isImportErrorCode(error.code)).toBe(true);
      const korean = text(error, "ko");
      // Column names, cells and column lists come from the file and are shown as entered.
      const data = [error.column ?? "", ...Object.values(error.params).filter((v) => typeof v === "string")].filter((d) => d !== "");
      const rest = withoutData(korean, data);
      expect(rest, korean).toMatch(/[가-힣]/);
      expect(englishWords(rest), korean).toEqual([]);
      expect(codeLeaks(rest), korean).toEqual([]);
      expect(rest, korean).not.toContain(error.code);
    }
  });
});
