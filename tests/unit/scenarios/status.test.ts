import { describe, expect, test } from "vitest";
import { canChangeStatus, isScenarioStatus, nextStatuses, SCENARIO_STATUSES, type ScenarioStatus } from "@/lib/scenarios/status";

// The whole table, written out: every pair of statuses, allowed or not (4 × 4 = 16 cases).
const ALLOWED = new Set(["draft→proposed", "proposed→accepted", "proposed→declined", "proposed→draft", "accepted→draft", "declined→draft"]);
const PAIRS = SCENARIO_STATUSES.flatMap((from) => SCENARIO_STATUSES.map((to): [ScenarioStatus, ScenarioStatus] => [from, to]));

describe("scenario status transitions", () => {
  test.each(PAIRS)("%s → %s", (from, to) => {
    expect(canChangeStatus(from, to)).toBe(ALLOWED.has(`${from}→${to}`));
  });

  test.each([
    ["draft", ["proposed"]],
    ["proposed", ["accepted", "declined", "draft"]],
    ["accepted", ["draft"]],
    ["declined", ["draft"]],
  ] as const)("from %s the UI offers %j", (from, expected) => {
    expect(nextStatuses(from)).toEqual(expected);
  });

  test("no status moves to itself", () => {
    for (const s of SCENARIO_STATUSES) expect(canChangeStatus(s, s)).toBe(false);
  });

  test.each([
    ["draft", true],
    ["declined", true],
    ["Draft", false],
    ["", false],
    [null, false],
    [3, false],
  ])("isScenarioStatus(%j) is %s", (value, expected) => {
    expect(isScenarioStatus(value)).toBe(expected);
  });
});
