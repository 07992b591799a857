import { describe, expect, test } from "vitest";
import { buildPanel, rankUniverse, type UniverseFilter } from "@/lib/backtest";
import { row } from "./rows";

const T = "2020-05-29";
const panel = buildPanel([
  row("C", T, 5, null),
  row("A", T, 5, null, { tradingValue: 10 }),
  row("B", T, 9, null, { tradingValue: 1 }),
  row("D", T, 7, null, { isPreferred: true, tradingValue: 10 }),
  row("E", T, 0, null),
  row("F", T, 8, null, { status: "delisted" }),
  row("G", "2020-06-30", 100, null), // listed after t
]);
const ranked = (filter?: UniverseFilter) =>
  Array.from(rankUniverse(panel, 0, filter).order, (s) => panel.ids[s]);

describe("rankUniverse", () => {
  test.each<[string, UniverseFilter | undefined, string[]]>([
    // B 9 first; A and C tie at 5 → id order A, C; D preferred, E cap 0, F delisted, G not listed yet
    ["default", undefined, ["B", "A", "C"]],
    ["preferred included", { includePreferred: true }, ["B", "D", "A", "C"]],
    ["min market cap 6", { minMarketCap: 6 }, ["B"]],
    // C has no trading value: an unknown value does not pass a minimum
    ["min trading value 5", { minTradingValue: 5 }, ["A"]],
    ["largest 2", { maxHoldings: 2 }, ["B", "A"]],
  ])("%s", (_label, filter, expected) => {
    expect(ranked(filter)).toEqual(expected);
  });

  test("returns caps aligned with the order", () => {
    expect(Array.from(rankUniverse(panel, 0).caps)).toEqual([9, 5, 5]);
  });

  test("throws outside the panel", () => {
    expect(() => rankUniverse(panel, 5)).toThrow(/rankUniverse: date index 5/);
  });
});
