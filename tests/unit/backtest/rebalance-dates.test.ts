import { expect, test } from "vitest";
import { rebalanceDateIndices } from "@/lib/backtest";

const monthEnds = (from: number, to: number) =>
  Array.from({ length: (to - from + 1) * 12 }, (_, k) => `${from + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}-28`);

test.each([
  // monthly 2019-01…2021-12: May is index 4, 16, 28
  ["monthly panel, May", monthEnds(2019, 2021), 5, [4, 16, 28]],
  ["monthly panel, December", monthEnds(2019, 2020), 12, [11, 23]],
  ["annual end-of-May panel", ["2019-05-31", "2020-05-29", "2021-05-31"], 5, [0, 1, 2]],
  // two May dates in 2019: the last one counts
  ["several dates in the month", ["2019-05-15", "2019-05-31", "2019-06-28", "2020-05-29"], 5, [1, 3]],
  // no May 2020: 2019 and 2021 form one window
  ["a year without the month", ["2019-05-31", "2020-04-30", "2021-05-31"], 5, [0, 2]],
  ["no such month", ["2019-04-30"], 5, []],
])("%s", (_label, dates, month, expected) => {
  expect(rebalanceDateIndices(dates, month)).toEqual(expected);
});

test.each([0, 13, 5.5])("throws on month %s", (month) => {
  expect(() => rebalanceDateIndices([], month)).toThrow(/rebalanceDateIndices: month must be an integer 1–12/);
});
