import { expect, it, test } from "vitest";
import { parseFrenchFile, type FrenchFile } from "@/lib/data/french-size";
import { describeWithSharedData, hasSharedData, readShared } from "@/tests/helpers/shared-data";

/**
 * The existing multi-section importer (lib/data/french-size.ts) on French's Developed size × book-to-market
 * files, both saved with CRLF line endings: every section, its size (SOURCES.md) and its first and last rows
 * against the raw lines.
 */

/** Every raw line whose first cell is exactly `period`, in file order (one per section), split into numbers. */
function rawRows(text: string, period: string): number[][] {
  return text
    .split("\n")
    .filter((l) => l.split(",")[0]?.trim() === period)
    .map((l) => l.split(",").slice(1).map(Number));
}

const SECTIONS = [
  ["Average Value Weighted Returns -- Monthly", "vw", "monthly", "decimal"],
  ["Average Equal Weighted Returns -- Monthly", "ew", "monthly", "decimal"],
  ["Average Value Weighted Returns -- Annual", "vw", "annual", "decimal"],
  ["Average Equal Weighted Returns -- Annual", "ew", "annual", "decimal"],
  ["Number of Firms in Portfolios", "firms", "monthly", "raw"],
  ["Average Firm Size", "size", "monthly", "raw"],
] as const;

const SIX = ["SMALL LoBM", "ME1 BM2", "SMALL HiBM", "BIG LoBM", "ME2 BM2", "BIG HiBM"];
const TWENTY_FIVE = [1, 2, 3, 4, 5].flatMap((me) =>
  [1, 2, 3, 4, 5].map((bm) => (me === 1 && bm === 1 ? "SMALL LoBM" : me === 1 && bm === 5 ? "SMALL HiBM" : me === 5 && bm === 1 ? "BIG LoBM" : me === 5 && bm === 5 ? "BIG HiBM" : `ME${me} BM${bm}`)),
);

// From SOURCES.md: months 1990-07…2024-04 (406) and 1990-07…2025-07 (421); annual 1991…2023 (33) and 1991…2024 (34).
const FILES = [
  ["Developed_6_Portfolios_ME_BE-ME.csv", "202404", SIX, 406, "2024-04", 33, "2023"],
  ["Developed_25_Portfolios_ME_BE-ME_202507.csv", "202507", TWENTY_FIVE, 421, "2025-07", 34, "2024"],
] as const;

describeWithSharedData("parseFrenchFile on the Developed 6 and 25 size × BE/ME files (real files, CRLF)", () => {
  test.each(FILES)("%s: vintage %s, six sections with their columns and sizes", (file, yyyymm, columns, months, lastMonth, years, lastYear) => {
    const text = hasSharedData ? readShared(`french/${file}`) : "";
    expect(text.includes("\r\n")).toBe(true);
    const result = parseFrenchFile(text);
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
    const parsed: FrenchFile = result.value;
    expect(parsed.vintage).toEqual({ yyyymm, database: "Bloomberg" });
    expect(parsed.preamble).toMatch(/portfolios in Developed\./);
    expect(parsed.sections.map((s) => [s.title, s.kind, s.frequency, s.unit])).toEqual(SECTIONS);
    for (const s of parsed.sections) {
      expect(s.columns).toEqual(columns);
      const [rows, first, last] = s.frequency === "monthly" ? [months, "1990-07", lastMonth] : [years, "1991", lastYear];
      expect([s.periods.length, s.periods[0], s.periods.at(-1)]).toEqual([rows, first, last]);
    }

    // First and last rows of every section against the raw lines: the k-th raw line keyed 199007 is the k-th
    // monthly section's first row. Returns are percent (÷ 100), counts and sizes as printed.
    const monthly = parsed.sections.filter((s) => s.frequency === "monthly");
    const annual = parsed.sections.filter((s) => s.frequency === "annual");
    for (const [sections, period, index] of [[monthly, "199007", 0], [monthly, lastMonth.replace("-", ""), -1], [annual, "1991", 0], [annual, lastYear, -1]] as const) {
      const raw = rawRows(text, period);
      expect(raw).toHaveLength(sections.length);
      sections.forEach((s, k) => {
        const i = index === 0 ? 0 : s.periods.length - 1;
        const expected = (raw[k] ?? []).map((v) => (s.unit === "decimal" ? Math.round(v * 100) / 10000 + 0 : v));
        expect(s.values.map((c) => c[i])).toEqual(expected);
      });
    }
  });

  it("reads hand-picked cells of the 6 file: VW SMALL LoBM 1990-07 2.43%, 1,110 firms, average size 153.40", () => {
    const result = parseFrenchFile(hasSharedData ? readShared("french/Developed_6_Portfolios_ME_BE-ME.csv") : "");
    if (!result.ok) throw new Error("not parsed");
    const [vw, , , , firms, size] = result.value.sections;
    expect(vw?.values[0]?.[0]).toBe(0.0243);
    expect(firms?.values[0]?.[0]).toBe(1110);
    expect(size?.values[0]?.[0]).toBe(153.4);
    // BIG HiBM, 2024-04: -3.66%.
    expect(vw?.values[5]?.at(-1)).toBe(-0.0366);
  });
});
