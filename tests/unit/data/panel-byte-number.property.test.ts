import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDecimal } from "@/lib/data/panel-byte-number";

/** The cell's number as the byte reader reads it, and where it says the cell ends. */
function read(cell: string, after = ",") {
  const bytes = Buffer.from(cell + after, "latin1");
  const cursor = { end: -1 };
  return { value: readDecimal(bytes, 0, cursor), end: cursor.end };
}

/** Decimal text of the panel's number shape, built from parts so long mantissas and odd exponents come up. */
const decimalText = fc
  .tuple(
    fc.constantFrom("", "-", "+"),
    fc.stringMatching(/^\d{0,20}$/),
    fc.option(fc.stringMatching(/^\d{0,20}$/), { nil: null }),
    fc.option(fc.tuple(fc.constantFrom("e", "E"), fc.constantFrom("", "-", "+"), fc.integer({ min: 0, max: 400 })), { nil: null }),
  )
  .map(([sign, whole, fraction, exponent]) => `${sign}${whole}${fraction === null ? "" : `.${fraction}`}${exponent === null ? "" : `${exponent[0]}${exponent[1]}${exponent[2]}`}`)
  .filter((s) => /\d/.test(s.split(/[eE]/)[0] ?? ""));

describe("readDecimal", () => {
  it("reads every decimal of the panel's shape exactly as Number() does, and ends at the delimiter", () => {
    fc.assert(
      fc.property(decimalText, fc.constantFrom(",", "\n", "\r\n", ""), (text, after) => {
        const { value, end } = read(text, after);
        expect(Object.is(value, Number(text))).toBe(true);
        expect(end).toBe(text.length);
      }),
      { numRuns: 5000 },
    );
  });

  it("reads doubles written by String() back bit for bit (the writer's shortest round-trip form)", () => {
    fc.assert(
      // + 0: String(−0) is "0", which is 0.
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => x + 0), (x) => {
        expect(Object.is(read(String(x)).value, x)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it.each(["", "-", ".", "1e", "1e+", "0x10", "1_000", " 1", "1 ", "NaN", "Infinity", "1.2.3", "--1"])(
    "returns NaN for %j, ending at the cell's end",
    (cell) => {
      const { value, end } = read(cell, "\n");
      expect(value).toBeNaN();
      expect(end).toBe(cell.length);
    },
  );

  it("treats a lone carriage return as part of the cell, and one before a newline as the line's end", () => {
    expect(read("1\r2", "\n")).toEqual({ value: NaN, end: 3 });
    expect(read("12", "\r\n")).toEqual({ value: 12, end: 2 });
  });
});
