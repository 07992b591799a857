import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastPanelRowReader } from "@/lib/data/panel-fast-row";
import { PANEL_FIELD, PANEL_OPTIONAL_COLUMNS, PANEL_REQUIRED_COLUMNS, panelRowSchema } from "@/lib/data/panel-schema";

const HEADER = [...PANEL_REQUIRED_COLUMNS, ...PANEL_OPTIONAL_COLUMNS];
const fastPanelRow = fastPanelRowReader(HEADER);

/** Cells near every boundary the two paths must agree on, plus arbitrary text and numbers. */
const cell = fc.oneof(
  fc.constantFrom(
    "", "0", "1", "2", "-0", "-1", "-1.0000001", "5.", ".5", "+3", "1e3", "1e999", "-1e999", "0x10", "Infinity",
    "NaN", " 1", "1 ", "2.0", "2.5", "9007199254740992", "abc", "active", "delisted", "Active", "2020-05-31", "2020-02-30",
    "2020-5-31", "1999-12-31",
  ),
  fc.double().map(String),
  fc.integer().map(String),
  fc.string({ maxLength: 6 }),
);

const VALID = ["A", "2020-05-31", "100", "0.05", "active", "0", "1", "3", "IT", "KR", "12"];

/** The property: whenever the fast path accepts a row, the schema accepts it with the same values. */
function agrees(cells: string[]): void {
  const raw = Object.fromEntries(HEADER.map((h, i) => [PANEL_FIELD[h], cells[i] ?? ""]));
  // The schema runs first: the fast path only knows a date once the schema has validated it.
  const schema = panelRowSchema.safeParse(raw);
  const fast = fastPanelRow(cells);
  if (fast !== null) {
    expect(schema.success).toBe(true);
    expect(fast).toEqual(schema.data);
  }
}

describe("fastPanelRowReader agrees with panelRowSchema", () => {
  it("one column at a time: any cell among otherwise valid ones", () => {
    const column = fc.integer({ min: 0, max: HEADER.length - 1 });
    fc.assert(
      fc.property(column, cell, (c, value) => agrees(VALID.map((v, i) => (i === c ? value : v)))),
      { numRuns: 5000 },
    );
  });

  it("whole rows of mostly valid cells", () => {
    const cells = fc.tuple(...VALID.map((v) => fc.oneof({ arbitrary: fc.constant(v), weight: 5 }, { arbitrary: cell, weight: 1 })));
    fc.assert(fc.property(cells, (row) => agrees([...row])), { numRuns: 2000 });
  });

  it("any column order: the reader finds each column wherever the header puts it", () => {
    const order = fc.shuffledSubarray([...HEADER.keys()], { minLength: HEADER.length });
    fc.assert(
      fc.property(order, fc.integer({ min: 0, max: HEADER.length - 1 }), cell, (perm, c, value) => {
        const cells = VALID.map((v, i) => (i === c ? value : v));
        const reader = fastPanelRowReader(perm.map((i) => HEADER[i] ?? "id"));
        expect(reader(perm.map((i) => cells[i] ?? ""))).toEqual(fastPanelRow(cells));
      }),
      { numRuns: 1000 },
    );
  });

  it("takes the fast path for ordinary rows", () => {
    panelRowSchema.parse(Object.fromEntries(HEADER.map((h, i) => [PANEL_FIELD[h], VALID[i]])));
    expect(fastPanelRow(VALID)).toEqual({
      id: "A", date: "2020-05-31", marketCap: 100, return: 0.05, status: "active", isPreferred: false,
      profitable: true, analysts: 3, sector: "IT", country: "KR", tradingValue: 12,
    });
  });
});
