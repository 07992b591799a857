import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildPanel } from "@/lib/backtest/panel";
import { runSizeBacktest } from "@/lib/backtest/size-backtest";
import type { PanelRow } from "@/lib/backtest/types";
import { parsePanelCsv, readPanelCsv } from "@/lib/data/panel-csv";
import { panelRowsToCsv } from "@/lib/data/panel-csv-writer";
import { shuffled } from "../backtest/rows";
import { panelDifference } from "./panel-difference";

const IDS = ["A", "B", "C", "D", "E", "F", "005930", "005935"];
/** Month ends over three years with two Mays in each rebalance year's reach, so back-tests have windows. */
const DATES = ["2019-05-31", "2019-11-29", "2020-02-28", "2020-05-29", "2020-11-30", "2021-05-31", "2021-08-31", "2022-05-31"];

/** A small panel: unique (id, date) cells, each with a cap, a return or none, and sometimes the optional fields. */
const panelRows = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...IDS), fc.constantFrom(...DATES)), { minLength: 1, maxLength: 48, selector: ([id, date]) => `${id} ${date}` })
  .chain((cells) =>
    fc.tuple(
      ...cells.map(([id, date]) =>
        fc.record({
          id: fc.constant(id),
          date: fc.constant(date),
          marketCap: fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1e6, noNaN: true })),
          // + 0 turns −0 into 0: the CSV writes both as "0".
          return: fc.option(fc.double({ min: -1, max: 3, noNaN: true }).map((r) => r + 0), { nil: null }),
          status: fc.constantFrom<PanelRow["status"]>(null, "active", "delisted"),
          isPreferred: fc.option(fc.boolean(), { nil: null }),
          sector: fc.constantFrom(null, "Tech", "Bank", "Food, Beverage"),
        }),
      ),
    ),
  );

const utf8 = (text: string) => Buffer.from(text, "utf8");
const OPTIONS = { buckets: [{ kind: "percentile" as const, from: 0, to: 0.5 }, { kind: "percentile" as const, from: 0.5, to: 1 }], weightings: ["cap" as const, "equal" as const, "sqrt" as const] };

describe("panel row order does not matter", () => {
  it("any permutation of the rows reads into the same panel (both routes) and back-tests to the same result", () => {
    fc.assert(
      fc.property(panelRows, fc.integer(), (rows, seed) => {
        const expected = buildPanel(rows);
        const sorted = readPanelCsv(utf8(panelRowsToCsv(rows)));
        const permuted = panelRowsToCsv(shuffled(rows, seed));
        for (const read of [readPanelCsv(utf8(permuted)), parsePanelCsv(permuted)]) {
          expect(read.ok && panelDifference(read.value, expected)).toBeNull();
        }
        expect(sorted.ok && panelDifference(sorted.value, expected)).toBeNull();
        if (!sorted.ok) return;
        const reference = attempt(() => runSizeBacktest(sorted.value, OPTIONS));
        const other = readPanelCsv(utf8(permuted));
        expect(other.ok && attempt(() => runSizeBacktest(other.value, OPTIONS))).toEqual(reference);
      }),
      { numRuns: 150 },
    );
  });

  it("a duplicated (id, date) anywhere is one error on the later line naming the earlier one", () => {
    fc.assert(
      fc.property(panelRows, fc.nat(), fc.nat(), (rows, pick, at) => {
        const copy = { ...rows[pick % rows.length]!, marketCap: 1 };
        const withCopy = [...rows];
        withCopy.splice(at % (rows.length + 1), 0, copy);
        // Lines by hand: the header is line 1, row k is line k + 2.
        const lines = withCopy.flatMap((r, k) => (r.id === copy.id && r.date === copy.date ? [k + 2] : []));
        const result = readPanelCsv(utf8(panelRowsToCsv(withCopy)));
        expect(result).toEqual({
          ok: false,
          errors: [{ line: lines[1], column: "date", code: "duplicate_row", params: { id: copy.id, date: copy.date, firstLine: lines[0] } }],
          total: 1,
        });
      }),
      { numRuns: 100 },
    );
  });
});

/** The engine's result, or its error message (a panel with fewer than two May ends has no window). */
function attempt<T>(f: () => T): T | string {
  try {
    return f();
  } catch (e) {
    return (e as Error).message;
  }
}
