import { describe, expect, test } from "vitest";
import { compareHref, compareParam, idParam, versionParam } from "@/lib/validation/scenario-params";
import { parseScenarioListQuery, scenarioListHref } from "@/lib/validation/scenario-list-query";
import type { ScenarioListQuery } from "@/lib/scenarios/list-query";
import { changeScenarioStatusSchema, saveScenarioVersionSchema } from "@/lib/validation/scenario-actions";

describe("versionParam", () => {
  test.each([
    ["3", 3],
    ["999999", 999_999],
    [["2", "5"], 2],
    ["0", null],
    ["-1", null],
    ["1.5", null],
    ["03", null],
    ["1e3", null],
    ["1000000", null],
    ["", null],
    [undefined, null],
    [3, null],
    [{ not: "" }, null],
  ])("%j → %j", (value, expected) => {
    expect(versionParam(value)).toBe(expected);
  });
});

describe("idParam", () => {
  test.each([
    ["cabc123", "cabc123"],
    [" padded ", "padded"],
    [["cabc123"], null],
    ["x".repeat(65), null],
    ["", null],
    [42, null],
    [{ not: "" }, null],
  ])("%j → %j", (value, expected) => {
    expect(idParam(value)).toBe(expected);
  });
});

describe("compareParam", () => {
  test.each([
    ["two, comma-separated", "a:1,b:2", [{ scenarioId: "a", version: 1 }, { scenarioId: "b", version: 2 }]],
    ["three, one scenario", "a:1, a:2 ,a:3", [1, 2, 3].map((version) => ({ scenarioId: "a", version }))],
    ["repeated v, as check boxes send them", ["a:1", "b:4"], [{ scenarioId: "a", version: 1 }, { scenarioId: "b", version: 4 }]],
    ["repeated and comma-separated", ["a:1,b:1", "c:1"], ["a", "b", "c"].map((scenarioId) => ({ scenarioId, version: 1 }))],
  ])("%s", (_label, value, refs) => {
    expect(compareParam(value)).toEqual({ refs, error: null });
  });

  test.each([
    ["absent", undefined, "count"],
    ["one", "a:1", "count"],
    ["four", "a:1,b:1,c:1,d:1", "count"],
    ["empty parts only", ",,", "count"],
    ["no version", "a,b:1", "format"],
    ["version 0", "a:0,b:1", "format"],
    ["a path in the id", "../x:1,b:1", "format"],
    ["a number", 42, "format"],
    ["an array holding an object", ["a:1", { not: "" }], "format"],
    ["one version twice", "a:1,b:2,a:1", "duplicate"],
  ])("%s → %s", (_label, value, error) => {
    expect(compareParam(value)).toEqual({ refs: null, error });
  });

  test("compareHref writes what compareParam reads", () => {
    const refs = [{ scenarioId: "a", version: 2 }, { scenarioId: "b", version: 1 }];
    const href = compareHref(refs);
    expect(href).toBe("/scenarios/compare?v=a:2,b:1");
    expect(compareParam(new URL(href, "http://x").searchParams.get("v"))).toEqual({ refs, error: null });
  });
});

const DEFAULTS: ScenarioListQuery = { q: "", clientId: null, status: null, from: null, to: null, sort: "updated", page: 1 };

describe("scenarios page URL parameters", () => {
  test.each([
    ["none", {}, DEFAULTS, []],
    ["all given", { q: " plan ", client: "c1", status: "proposed", from: "2026-01-01", to: "2026-01-31", sort: "name", page: "3" }, { q: "plan", clientId: "c1", status: "proposed", from: "2026-01-01", to: "2026-01-31", sort: "name", page: 3 }, []],
    ["empty values are not given", { q: "", client: "", status: "", from: "", page: "" }, DEFAULTS, []],
    ["an unknown status", { status: "archived", sort: "oldest" }, { ...DEFAULTS, sort: "oldest" }, ["status"]],
    ["an impossible day", { from: "2026-02-30" }, DEFAULTS, ["from"]],
    ["29 February in a leap year", { to: "2024-02-29" }, { ...DEFAULTS, to: "2024-02-29" }, []],
    ["29 February in another year", { to: "2025-02-29" }, DEFAULTS, ["to"]],
    ["a date in another format", { to: "01/02/2026" }, DEFAULTS, ["to"]],
    ["a range ending before it starts", { from: "2026-03-01", to: "2026-02-01" }, DEFAULTS, ["from", "to"]],
    ["page 0", { page: "0" }, DEFAULTS, ["page"]],
    ["a sort that is not one", { sort: "drop table" }, DEFAULTS, ["sort"]],
    ["101 characters of search", { q: "x".repeat(101) }, DEFAULTS, ["q"]],
    ["objects and numbers", { client: { not: "" }, page: 2 }, DEFAULTS, ["client", "page"]],
  ])("%s", (_label, params, query, ignored) => {
    expect(parseScenarioListQuery(params)).toEqual({ query, ignored });
  });

  test("links keep the filters and leave defaults out", () => {
    expect(scenarioListHref(DEFAULTS)).toBe("/scenarios");
    expect(scenarioListHref({ ...DEFAULTS, q: "50% off", status: "draft" }, { page: 2 })).toBe("/scenarios?q=50%25+off&status=draft&page=2");
    const href = scenarioListHref({ ...DEFAULTS, clientId: "c1", from: "2026-01-01", sort: "name" }, { page: 4 });
    expect(parseScenarioListQuery(Object.fromEntries(new URL(href, "http://x").searchParams))).toEqual({
      query: { ...DEFAULTS, clientId: "c1", from: "2026-01-01", sort: "name", page: 4 },
      ignored: [],
    });
  });
});

describe("action schemas", () => {
  test.each([
    ["draft", "proposed", true],
    ["proposed", "declined", true],
    ["declined", "draft", true],
    ["draft", "accepted", false],
    ["accepted", "declined", false],
  ])("status %s → %s allowed: %s", (from, to, allowed) => {
    const parsed = changeScenarioStatusSchema.safeParse({ scenarioId: "s", from, to });
    expect(parsed.success).toBe(allowed);
    if (!allowed) expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["to", "scenarios.transitionRefused"]]);
  });

  test.each([
    [1, true],
    [0, false],
    [2.5, false],
    ["2", false],
    [1_000_001, false],
  ])("basedOnVersion %j valid: %s", (basedOnVersion, valid) => {
    expect(saveScenarioVersionSchema.safeParse({ scenarioId: "s", basedOnVersion, assumptions: {} }).success).toBe(valid);
  });
});
