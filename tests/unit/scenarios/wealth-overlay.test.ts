import { describe, expect, test } from "vitest";
import { overlayWealth, previousMonth } from "@/lib/scenarios/wealth-overlay";

describe("previousMonth", () => {
  test.each([
    ["2000-01", "1999-12"],
    ["2000-03", "2000-02"],
    ["2024-12", "2024-11"],
    ["0001-01", "0000-12"],
  ])("%s → %s", (month, expected) => {
    expect(previousMonth(month)).toBe(expected);
  });

  test.each(["2000-1", "2000/01", "", "200001"])("%j is refused", (month) => {
    expect(() => previousMonth(month)).toThrow(/previousMonth/);
  });
});

describe("overlayWealth", () => {
  test("one series: its start point is the month before its first month", () => {
    expect(overlayWealth([{ key: "a", months: ["2000-01", "2000-02"], wealth: [1, 1.02, 0.99] }])).toEqual([
      { month: "1999-12", values: { a: 1 } },
      { month: "2000-01", values: { a: 1.02 } },
      { month: "2000-02", values: { a: 0.99 } },
    ]);
  });

  test("a series starting later begins at 1 where its data begins; the axis is the union, ascending", () => {
    const rows = overlayWealth([
      { key: "saved", months: ["2000-01", "2000-02", "2000-03"], wealth: [1, 1.1, 1.2, 1.3] },
      { key: "rerun", months: ["2000-02", "2000-03", "2000-04"], wealth: [1, 1.05, 1.1, 1.2] },
    ]);
    expect(rows).toEqual([
      { month: "1999-12", values: { saved: 1 } },
      { month: "2000-01", values: { saved: 1.1, rerun: 1 } },
      { month: "2000-02", values: { saved: 1.2, rerun: 1.05 } },
      { month: "2000-03", values: { saved: 1.3, rerun: 1.1 } },
      { month: "2000-04", values: { rerun: 1.2 } },
    ]);
  });

  test("an empty back-test adds nothing", () => {
    expect(overlayWealth([{ key: "a", months: [], wealth: [] }])).toEqual([]);
  });

  test("wealth must be one point longer than the months", () => {
    expect(() => overlayWealth([{ key: "a", months: ["2000-01"], wealth: [1] }])).toThrow(/1 wealth points for 1 months/);
  });

  test("two series with one key are refused", () => {
    const s = { key: "a", months: ["2000-01"], wealth: [1, 1.1] };
    expect(() => overlayWealth([s, s])).toThrow(/two series named a/);
  });
});
