import { describe, expect, it, test } from "vitest";
import { decodeImportText, MAX_LINE_LENGTH } from "@/lib/data/decode-text";
import { clip } from "@/lib/data/import-result";
import { isFormulaCell } from "@/lib/data/formula-cell";

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));

describe("decodeImportText", () => {
  it("returns the text, with a UTF-8 byte-order mark dropped", () => {
    expect(decodeImportText(bytes([0xef, 0xbb, 0xbf], "a,b\n"))).toEqual({ ok: true, value: "a,b\n" });
  });

  // Byte positions counted by hand: "x,caf" is 5 bytes, so the Latin-1 é (0xE9) is byte 6 of line 2.
  test.each([
    ["Latin-1 é", bytes("a\nx,caf", [0xe9], "\n"), 2, "not_utf8", { byte: "E9", position: 6 }],
    ["CP949 삼 (0xBB 0xEF)", bytes("a\nb\n", [0xbb, 0xef], "\n"), 3, "not_utf8", { byte: "BB", position: 1 }],
    ["an overlong / (C0 AF)", bytes([0xc0, 0xaf]), 1, "not_utf8", { byte: "C0", position: 1 }],
    ["a UTF-16 surrogate (ED A0 80)", bytes("ok\n", [0xed, 0xa0, 0x80]), 2, "not_utf8", { byte: "ED", position: 1 }],
    ["a code point above U+10FFFF (F4 90 80 80)", bytes("ab", [0xf4, 0x90, 0x80, 0x80]), 1, "not_utf8", { byte: "F4", position: 3 }],
    ["a sequence cut by the end of the file (E2 82)", bytes("a\n€ ", [0xe2, 0x82]), 2, "not_utf8", { byte: "E2", position: 5 }],
    ["a NUL byte", bytes("a,b\nc", [0], "d\n"), 2, "binary", { position: 2 }],
    ["UTF-16LE with its byte-order mark", bytes([0xff, 0xfe, 0x61, 0]), null, "utf16", {}],
    ["UTF-16BE with its byte-order mark", bytes([0xfe, 0xff, 0, 0x61]), null, "utf16", {}],
    ["no bytes", bytes(), null, "empty_file", {}],
    ["a byte-order mark and white space only", bytes([0xef, 0xbb, 0xbf], " \r\n\t\n"), null, "blank_file", {}],
  ])("refuses %s (line %s, %s)", (_, input, line, code, params) => {
    const result = decodeImportText(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ line, column: null, code, params }]);
  });

  it("accepts multi-byte UTF-8 (é, 삼성, €, an emoji)", () => {
    expect(decodeImportText(bytes("é,삼성,€,🙂\n"))).toEqual({ ok: true, value: "é,삼성,€,🙂\n" });
  });

  it(`accepts a line of exactly ${MAX_LINE_LENGTH} characters (its CR not counted) and refuses one more`, () => {
    const limit = "x".repeat(MAX_LINE_LENGTH);
    expect(decodeImportText(bytes(`a\r\n${limit}\r\nb\r\n`)).ok).toBe(true);
    const result = decodeImportText(bytes(`a\n${limit}x\nb\n${limit}yy`));
    expect(result.ok ? [] : result.errors).toEqual([
      { line: 2, column: null, code: "line_too_long", params: { length: MAX_LINE_LENGTH + 1, limit: MAX_LINE_LENGTH } },
      { line: 4, column: null, code: "line_too_long", params: { length: MAX_LINE_LENGTH + 2, limit: MAX_LINE_LENGTH } },
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

  it("clips echoed text to 80 characters", () => {
    expect(clip("x".repeat(80))).toBe("x".repeat(80));
    expect(clip("x".repeat(81))).toBe(`${"x".repeat(79)}…`);
  });
});
