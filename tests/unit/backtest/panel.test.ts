import { describe, expect, test } from "vitest";
import { buildPanel, MISSING_FLAG, PANEL_FLAG } from "@/lib/backtest";
import { row, shuffled, studyRows } from "./rows";

describe("buildPanel", () => {
  test("sorts ids and dates and lays cells out date-major", () => {
    const panel = buildPanel([
      row("B", "2020-05-29", 5, 0.1),
      row("A", "2020-05-29", 9, null),
      row("A", "2019-05-31", 8, 0.2, { status: "delisted", isPreferred: true }),
    ]);
    expect(panel.ids).toEqual(["A", "B"]);
    expect(panel.dates).toEqual(["2019-05-31", "2020-05-29"]);
    // cell (d, s) = d × 2 + s: (2019, A) = 0, (2019, B) = 1, (2020, A) = 2, (2020, B) = 3
    expect(Array.from(panel.marketCap)).toEqual([8, NaN, 9, 5]);
    expect(Array.from(panel.returns)).toEqual([0.2, NaN, NaN, 0.1]);
    expect(panel.flags[0]).toBe(PANEL_FLAG.ROW | PANEL_FLAG.PREFERRED | PANEL_FLAG.DELISTED);
    expect(panel.flags[1]).toBe(0);
    expect(panel.flags[3]).toBe(PANEL_FLAG.ROW);
  });

  test("leaves optional columns out when no row carries them", () => {
    const panel = buildPanel([row("A", "2020-05-29", 1, 0)]);
    expect([panel.profitable, panel.analysts, panel.tradingValue, panel.sector, panel.country]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  test("fills optional columns with their missing markers", () => {
    const panel = buildPanel([
      row("B", "2020-05-29", 1, 0, { profitable: false, analysts: 3, sector: "Tech", country: "KR", tradingValue: 7 }),
      row("A", "2020-05-29", 1, 0, { sector: "Bank" }),
    ]);
    expect(Array.from(panel.profitable ?? [])).toEqual([MISSING_FLAG, 0]);
    expect(Array.from(panel.analysts ?? [])).toEqual([NaN, 3]);
    expect(Array.from(panel.tradingValue ?? [])).toEqual([NaN, 7]);
    // labels sorted: Bank = 0, Tech = 1
    expect(panel.sector).toEqual({ labels: ["Bank", "Tech"], codes: Int32Array.from([0, 1]) });
    expect(panel.country).toEqual({ labels: ["KR"], codes: Int32Array.from([-1, 0]) });
  });

  test("does not depend on the input row order", () => {
    const rows = studyRows().map((r, i) => ({ ...r, sector: i % 3 === 0 ? "X" : "Y", analysts: i }));
    const reference = buildPanel(rows);
    for (const seed of [1, 2, 3]) expect(buildPanel(shuffled(rows, seed))).toEqual(reference);
  });

  test.each([
    ["a duplicate (id, date)", [row("A", "2020-05-29", 1, 0), row("A", "2020-05-29", 2, 0)], /duplicate row for id "A" on 2020-05-29/],
    ["a negative market cap", [row("A", "2020-05-29", -1, 0)], /market cap of "A"/],
    ["a NaN market cap", [row("A", "2020-05-29", NaN, 0)], /market cap/],
    ["a return below −100%", [row("A", "2020-05-29", 1, -1.5)], /return of "A"/],
    ["an infinite return", [row("A", "2020-05-29", 1, Infinity)], /return of "A"/],
    ["a malformed date", [row("A", "2020-5-29", 1, 0)], /date "2020-5-29" is not YYYY-MM-DD/],
  ])("throws on %s", (_label, rows, message) => {
    expect(() => buildPanel(rows)).toThrow(message);
  });

  test("builds an empty panel from no rows", () => {
    const panel = buildPanel([]);
    expect(panel.ids).toEqual([]);
    expect(panel.marketCap.length).toBe(0);
  });
});
