import { describe, expect, test } from "vitest";
import { asciiFileName, attachmentDisposition, safeFileName } from "@/lib/http/content-disposition";

describe("Content-Disposition for exports", () => {
  test("a Korean name: ASCII fallback in filename, UTF-8 percent-encoded in filename*", () => {
    // "은퇴" is EC 9D 80 ED 87 B4 in UTF-8.
    expect(attachmentDisposition("은퇴 v2 report.pdf", "scenario v2 report.pdf")).toBe(
      "attachment; filename=\"scenario v2 report.pdf\"; filename*=UTF-8''%EC%9D%80%ED%87%B4%20v2%20report.pdf",
    );
  });

  test("characters RFC 8187 does not allow bare are encoded too: ' ( ) *", () => {
    expect(attachmentDisposition("O'Neil (draft).pdf", "x.pdf")).toBe("attachment; filename=\"x.pdf\"; filename*=UTF-8''O%27Neil%20%28draft%29.pdf");
  });

  test.each([
    { label: "path separators, quotes and wildcards", name: 'a/b\\c"d*e?.pdf', safe: "a_b_c_d_e_.pdf" },
    { label: "control characters (a header cannot be split)", name: "a\r\nb.pdf", safe: "a_b.pdf" },
    { label: "bidi overrides are dropped", name: "report\u202Efdp.exe", safe: "reportfdp.exe" },
    { label: "leading dots and spaces", name: " ..hidden.csv ", safe: "hidden.csv" },
    { label: "nothing left", name: "...", safe: "download" },
  ])("safeFileName: $label", ({ name, safe }) => {
    expect(safeFileName(name)).toBe(safe);
  });

  test("a very long name keeps its end (the version and extension)", () => {
    const name = `${"가".repeat(300)} v3 report.pdf`;
    expect(Array.from(safeFileName(name))).toHaveLength(120);
    expect(safeFileName(name).endsWith(" v3 report.pdf")).toBe(true);
  });

  test.each([
    { label: "accents are dropped", name: "Café plan.pdf", ascii: "Cafe plan.pdf" },
    { label: "Hangul becomes one underscore per run", name: "은퇴 계획 v2.pdf", ascii: "_ v2.pdf" },
    { label: "percent and semicolon (runs of underscores collapse)", name: "100%;x.csv", ascii: "100_x.csv" },
  ])("asciiFileName: $label", ({ name, ascii }) => {
    expect(asciiFileName(name)).toBe(ascii);
  });
});
