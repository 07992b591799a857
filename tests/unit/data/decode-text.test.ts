import { describe, expect, it, test } from "vitest";
import { decodeImportText, MAX_LINE_LENGTH } from "@/lib/data/decode-text";
import { clip, moreErrorsLine } from "@/lib/data/import-result";
import { isFormulaCell } from "@/lib/data/formula-cell";

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));

describe("decodeImportText", () => {
  it("returns the text, with a UTF-8 byte-order mark dropped", () => {
    expect(decodeImportText(bytes([0xef, 0xbb, 0xbf], "a,b\n"))).toEqual({ ok: true, value: "a,b\n" });
  });

  // Byte positions counted by hand: "x,caf" is 5 bytes, so the Latin-1 é (0xE9) is byte 6 of line 2.
  test.each([
    ["Latin-1 é", bytes("a\nx,caf", [0xe9], "\n"), 2, "not UTF-8: byte 0xE9 at byte 6 of this line"],
    ["CP949 삼 (0xBB 0xEF)", bytes("a\nb\n", [0xbb, 0xef], "\n"), 3, "not UTF-8: byte 0xBB at byte 1 of this line"],
    ["an overlong / (C0 AF)", bytes([0xc0, 0xaf]), 1, "byte 0xC0 at byte 1"],
    ["a UTF-16 surrogate (ED A0 80)", bytes("ok\n", [0xed, 0xa0, 0x80]), 2, "byte 0xED at byte 1"],
    ["a code point above U+10FFFF (F4 90 80 80)", bytes("ab", [0xf4, 0x90, 0x80, 0x80]), 1, "byte 0xF4 at byte 3"],
    ["a sequence cut by the end of the file (E2 82)", bytes("a\n€ ", [0xe2, 0x82]), 2, "byte 0xE2 at byte 5"],
    ["a NUL byte", bytes("a,b\nc", [0], "d\n"), 2, "binary content: a NUL byte at byte 2 of this line"],
    ["UTF-16LE with its byte-order mark", bytes([0xff, 0xfe, 0x61, 0]), 1, "UTF-16 text"],
    ["UTF-16BE with its byte-order mark", bytes([0xfe, 0xff, 0, 0x61]), 1, "UTF-16 text"],
    ["no bytes", bytes(), 1, "empty file: no bytes"],
    ["a byte-order mark and white space only", bytes([0xef, 0xbb, 0xbf], " \r\n\t\n"), 1, "empty file: only white space"],
  ])("refuses %s on line %i", (_, input, row, message) => {
    const result = decodeImportText(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ row, column: "", message: expect.stringContaining(message) }]);
  });

  it("accepts multi-byte UTF-8 (é, 삼성, €, an emoji)", () => {
    expect(decodeImportText(bytes("é,삼성,€,🙂\n"))).toEqual({ ok: true, value: "é,삼성,€,🙂\n" });
  });

  it(`accepts a line of exactly ${MAX_LINE_LENGTH} characters (its CR not counted) and refuses one more`, () => {
    const limit = "x".repeat(MAX_LINE_LENGTH);
    expect(decodeImportText(bytes(`a\r\n${limit}\r\nb\r\n`)).ok).toBe(true);
    const result = decodeImportText(bytes(`a\n${limit}x\nb\n${limit}yy`));
    expect(result.ok ? [] : result.errors.map((e) => [e.row, e.message])).toEqual([
      [2, `line too long: ${MAX_LINE_LENGTH + 1} characters, the limit is ${MAX_LINE_LENGTH} (64 KiB)`],
      [4, `line too long: ${MAX_LINE_LENGTH + 2} characters, the limit is ${MAX_LINE_LENGTH} (64 KiB)`],
    ]);
  });
});

describe("helpers", () => {
  test.each([
    ["=1+1", true],
    ["+BBB", true],
    ["-2+3", true],
    ["@SUM(A1)", true],
    ["\t=1", true],
    ["-", false],
    ["=", false],
    ["", false],
    ["AAPL", false],
    ["BRK.B", false],
    ["<= 0", false],
  ])("isFormulaCell(%j) → %s", (text, expected) => {
    expect(isFormulaCell(text)).toBe(expected);
  });

  test.each([
    [20, 20, null],
    [20, 137, "…and 117 more errors (137 in all)"],
    [100, 101, "…and 1 more error (101 in all)"],
  ])("moreErrorsLine(%i, %i) → %s", (shown, total, expected) => {
    expect(moreErrorsLine(shown, total)).toBe(expected);
  });

  it("clips echoed text to 80 characters", () => {
    expect(clip("x".repeat(80))).toBe("x".repeat(80));
    expect(clip("x".repeat(81))).toBe(`${"x".repeat(79)}…`);
  });
});
