import { createElement } from "react";
import { jsx } from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { ChartFigure } from "@/components/charts/chart-figure";
import type { ChartData } from "@/components/charts/chart-data-table";
import { atYearEnds } from "@/components/charts/chart-points";

/**
 * The one chart wrapper: a figure named by its caption, the drawing hidden from assistive technology, and the
 * plotted values as a table (screen readers only, or a disclosure anyone can open).
 */
const DATA: ChartData = {
  index: "year",
  indexHeader: "Year",
  categories: ["Net", "Benchmark"],
  rows: [
    { year: "2023", Net: 0.125, Benchmark: 0.1 },
    { year: "2024*", Net: -0.05, Benchmark: null },
  ],
  format: (v) => `${(v * 100).toFixed(1)}%`,
};
const CHART = createElement("svg", { "data-chart": "drawing" });
const figure = (props: Partial<Parameters<typeof ChartFigure>[0]> = {}) =>
  renderToStaticMarkup(jsx(ChartFigure, { title: "Calendar-year returns", data: DATA, children: CHART, ...props }));

describe("ChartFigure", () => {
  test("a figure whose caption is the title, as a heading of the level asked for", () => {
    expect(figure({ heading: "h3", testId: "yearly" })).toMatch(/^<figure data-testid="yearly"><figcaption><h3 class="[^"]*">Calendar-year returns<\/h3><\/figcaption>/);
  });

  test("without a heading the title still names the figure, for screen readers only; the note is shown", () => {
    expect(figure({ note: "Partial year: *" })).toMatch(/^<figure><figcaption><span class="sr-only">Calendar-year returns<\/span><p class="[^"]*">Partial year: \*<\/p><\/figcaption>/);
  });

  test("the drawing is hidden from assistive technology", () => {
    expect(figure()).toContain('<div aria-hidden="true"><svg data-chart="drawing"></svg></div>');
  });

  test("the values as a visually hidden table: index and series as headers, each value formatted, a gap as a dash", () => {
    const markup = figure();
    expect(markup).toContain('<table class="sr-only"><caption class="sr-only">Calendar-year returns</caption>');
    expect(markup.match(/<th scope="col"[^>]*>([^<]*)<\/th>/g)?.map((th) => th.replace(/<[^>]+>/g, ""))).toEqual(["Year", "Net", "Benchmark"]);
    const cells = (markup.match(/<td[^>]*>([^<]*)<\/td>/g) ?? []).map((td) => td.replace(/<[^>]+>/g, ""));
    expect(cells).toEqual(["2023", "12.5%", "10.0%", "2024*", "-5.0%", "—"]);
    expect(markup).not.toContain("tabindex");
  });

  test("a note on which points the table holds is read before the hidden table", () => {
    expect(figure({ data: { ...DATA, note: "Year ends only." } })).toContain('<p class="sr-only">Year ends only.</p><table class="sr-only">');
  });

  test("disclosure: the table under a summary anyone can open, in a focusable scrolling region", () => {
    const markup = figure({ disclosure: "Show the chart's data as a table" });
    expect(markup).toMatch(/<details[^>]*><summary[^>]*>Show the chart&#x27;s data as a table<\/summary><div role="region" aria-label="Calendar-year returns" tabindex="0"/);
  });
});

describe("atYearEnds", () => {
  test.each([
    ["empty", [], []],
    ["one month: it is the last", ["2000-03"], ["2000-03"]],
    ["year ends and the last month", ["1999-11", "1999-12", "2000-01", "2000-02"], ["1999-12", "2000-02"]],
    ["a start label before the months is not a year end", ["Start", "1999-12", "2000-01"], ["1999-12", "2000-01"]],
    ["the last month is a year end: kept once", ["2000-11", "2000-12"], ["2000-12"]],
  ])("%s", (_label, months, expected) => {
    const rows = months.map((month) => ({ month }));
    expect(atYearEnds(rows, (r) => r.month).map((r) => r.month)).toEqual(expected);
  });
});
