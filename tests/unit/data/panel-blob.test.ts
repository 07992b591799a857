import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { buildPanel, type Panel } from "@/lib/backtest";
import type { PanelRow } from "@/lib/backtest/types";
import { decodePanel, encodePanel, PANEL_BLOB_VERSION, PanelBlobError, panelBlobSummary, panelRowCount } from "@/lib/data/panel-blob";

/** Every column of two panels, compared bit for bit (Object.is: NaN equals NaN, 0 and −0 differ). */
function expectSamePanel(actual: Panel, expected: Panel) {
  expect(actual.ids).toEqual(expected.ids);
  expect(actual.dates).toEqual(expected.dates);
  const columns = ["marketCap", "returns", "flags", "profitable", "analysts", "tradingValue"] as const;
  for (const name of columns) {
    const [a, e] = [actual[name], expected[name]];
    if (e === null) {
      expect(a, name).toBeNull();
      continue;
    }
    expect(a, name).not.toBeNull();
    expect(a!.constructor).toBe(e.constructor);
    expect(a!.length, name).toBe(e.length);
    for (let i = 0; i < e.length; i++) if (!Object.is(a![i], e[i])) throw new Error(`${name}[${i}]: ${a![i]} ≠ ${e[i]}`);
  }
  for (const name of ["sector", "country"] as const) {
    expect(actual[name]?.labels ?? null, name).toEqual(expected[name]?.labels ?? null);
    expect(actual[name] ? Array.from(actual[name].codes) : null, name).toEqual(expected[name] ? Array.from(expected[name].codes) : null);
  }
}

/** The rows a decoded panel holds, read back cell by cell: a second path to the same facts as the input rows. */
function rowsOf(panel: Panel): Map<string, PanelRow> {
  const out = new Map<string, PanelRow>();
  panel.dates.forEach((date, d) =>
    panel.ids.forEach((id, s) => {
      const cell = d * panel.ids.length + s;
      if (!((panel.flags[cell] ?? 0) & 1)) return;
      const r = panel.returns[cell]!;
      out.set(`${id}|${date}`, { id, date, marketCap: panel.marketCap[cell]!, return: Number.isNaN(r) ? null : r });
    }),
  );
  return out;
}

const rows: PanelRow[] = [
  { id: "B", date: "2020-05-29", marketCap: 5, return: 0.1, sector: "Tech", analysts: 3 },
  { id: "A", date: "2020-05-29", marketCap: 9, return: null, profitable: false, country: "KR" },
  { id: "A", date: "2019-05-31", marketCap: 8, return: -1, status: "delisted", isPreferred: true, tradingValue: 1e12 },
  { id: "삼성전자우", date: "1999-12-31", marketCap: 0, return: -0, profitable: true },
  { id: "C,\"q\"\n", date: "2020-05-29", marketCap: Number.MAX_VALUE, return: 5e-324 },
];

describe("panel blob codec", () => {
  test("round-trips every cell, missing ones and optional columns included", () => {
    const panel = buildPanel(rows);
    const bytes = encodePanel(panel);
    expectSamePanel(decodePanel(bytes), panel);
    const back = rowsOf(decodePanel(bytes));
    expect(back.size).toBe(rows.length);
    for (const r of rows) {
      const got = back.get(`${r.id}|${r.date}`);
      expect(got?.marketCap).toBe(r.marketCap);
      expect(Object.is(got?.return, r.return), `${r.id} ${r.date}`).toBe(true);
    }
  });

  test("stores only the cells that hold a row", () => {
    // 3 ids × 3 dates = 9 cells, 5 rows: the per-row sections are sized by rows.
    const panel = buildPanel(rows);
    expect(panelRowCount(panel)).toBe(5);
    const dense = encodePanel(buildPanel(rows.map((r) => ({ id: r.id, date: r.date, marketCap: r.marketCap, return: r.return }))));
    const onlyA = encodePanel(buildPanel([rows[1]!, rows[2]!].map((r) => ({ id: r.id, date: r.date, marketCap: r.marketCap, return: r.return }))));
    // Three more rows cost 3 × (4 + 8 + 8 + 1) = 63 bytes of sections, plus ids, a date and alignment.
    expect(dense.length - onlyA.length).toBeGreaterThanOrEqual(63);
    expect(dense.length - onlyA.length).toBeLessThan(63 + 120);
  });

  test("summary reads rows, securities and the date range from the header", () => {
    expect(panelBlobSummary(encodePanel(buildPanel(rows)))).toEqual({ rows: 5, securities: 4, periods: 3, firstDate: "1999-12-31", lastDate: "2020-05-29" });
    expect(panelBlobSummary(encodePanel(buildPanel([])))).toEqual({ rows: 0, securities: 0, periods: 0, firstDate: null, lastDate: null });
  });

  test("an empty panel round-trips", () => {
    const empty = buildPanel([]);
    expectSamePanel(decodePanel(encodePanel(empty)), empty);
  });

  test("reads bytes that do not start on an 8-byte boundary (a driver's Buffer)", () => {
    const bytes = encodePanel(buildPanel(rows));
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    expectSamePanel(decodePanel(shifted.subarray(3)), buildPanel(rows));
  });

  test("refuses what it did not write", () => {
    const bytes = encodePanel(buildPanel(rows));
    const problem = (b: Uint8Array) => {
      try {
        decodePanel(b);
        return "decoded";
      } catch (error) {
        return error instanceof PanelBlobError ? error.problem : String(error);
      }
    };
    expect(problem(new Uint8Array(0))).toBe("truncated");
    expect(problem(new TextEncoder().encode("id,date,market_cap,return\nA,2020-01-31,1,0\n"))).toBe("bad_magic");
    const future = bytes.slice();
    new DataView(future.buffer).setUint32(8, PANEL_BLOB_VERSION + 1, true);
    expect(problem(future)).toBe("unsupported_version");
    expect(problem(bytes.subarray(0, bytes.length - 8))).toBe("truncated");
    // An id index past the dictionary: the first per-row Int32 section follows the two per-date ones.
    const bad = bytes.slice();
    const metaEnd = 16 + new DataView(bad.buffer).getUint32(12, true);
    const idSection = ((metaEnd + 7) & ~7) + 2 * ((3 * 4 + 7) & ~7);
    new DataView(bad.buffer).setInt32(idSection, 99, true);
    expect(problem(bad)).toBe("corrupt");
  });

  test("property: decode(encode(panel)) equals the panel for any rows", () => {
    const ids = fc.constantFrom("A", "B", "C", "005935", "é");
    const dates = fc.constantFrom("2001-01-31", "2001-02-28", "2010-05-31", "2024-12-31");
    const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
    const rowArb = fc.record({
      id: ids,
      date: dates,
      marketCap: fc.double({ min: 0, max: 1e15, noNaN: true }),
      return: maybe(fc.double({ min: -1, max: 10, noNaN: true })),
      isPreferred: maybe(fc.boolean()),
      status: maybe(fc.constantFrom("active" as const, "delisted" as const)),
      profitable: maybe(fc.boolean()),
      analysts: maybe(fc.integer({ min: 0, max: 40 })),
      tradingValue: maybe(fc.double({ min: 0, max: 1e12, noNaN: true })),
      sector: maybe(fc.constantFrom("Tech", "Banks")),
      country: maybe(fc.constantFrom("KR", "US")),
    });
    fc.assert(
      fc.property(fc.uniqueArray(rowArb, { selector: (r) => `${r.id}|${r.date}`, maxLength: 20 }), (list) => {
        const panel = buildPanel(list);
        expectSamePanel(decodePanel(encodePanel(panel)), panel);
      }),
      { numRuns: 200 },
    );
  });
});
