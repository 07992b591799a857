import { describe, expect, test } from "vitest";
import { parseStoredView } from "@/lib/validation/scenario-view";
import { asStored, proposal } from "./helpers/proposals";

type Json = Record<string, unknown>;

/** A stored view with one part changed, as an older engine (or damage) might have left it. */
function storedWith(edit: (view: Json) => void): unknown {
  const view = asStored(proposal({ rebalance: "quarterly" })) as Json;
  edit(view);
  return view;
}

const at = (view: Json, ...path: (string | number)[]) => path.reduce<Json>((node, key) => node[key] as Json, view);

describe("parseStoredView", () => {
  test.each([
    ["a fresh proposal", {}],
    ["a client measured against their current allocation", { currentAllocation: { usEquity: 0.5, intlEquity: 0.1, bonds: 0.35, cash: 0.05 } }],
    ["a passive-only client with exclusions", { passiveOnly: true, excludedRegions: ["EM" as const], maxFeeBps: 20 }],
  ])("%s, stored as JSON, reads back whole", (_label, client) => {
    const stored = asStored(proposal({}, client));
    const parsed = parseStoredView(stored);
    expect(parsed.issues).toBeNull();
    expect(parsed.view).toEqual(stored);
  });

  test("a stamp written before the benchmark became a code still reads (the text is not rendered)", () => {
    const stored = storedWith((v) => {
      at(v, "methodology").benchmark = "global 60/40 at passive fees";
      at(v, "methodology").feesApplied = "per sleeve, monthly";
    });
    expect(parseStoredView(stored).issues).toBeNull();
  });

  test.each([
    ["no back-test", () => storedWith((v) => delete v.backtest), "backtest"],
    ["wealth held as text", () => storedWith((v) => (at(v, "backtest", "proposal").wealthNet = "1,1.02")), "backtest.proposal.wealthNet"],
    ["a line of an unknown sleeve", () => storedWith((v) => (at(v, "allocation", "lines", 0).sleeve = "MARS_SMALL")), "allocation.lines.0.sleeve"],
    ["a reason without a rule", () => storedWith((v) => (at(v, "allocation").reasons = [{ code: "old" }])), "allocation.reasons.0"],
    ["statistics missing Sortino", () => storedWith((v) => delete at(v, "backtest", "stats", "net").sortino), "backtest.stats.net.sortino"],
    ["an unknown rebalancing rule", () => storedWith((v) => (at(v, "methodology").rebalance = "weekly")), "methodology.rebalance"],
    ["a metric with an unknown status", () => storedWith((v) => (at(v, "evidence", "rows", 0).small = { ...at(v, "evidence", "rows", 0, "small"), analystMean: { status: "maybe" } })), "evidence.rows.0.small.analystMean"],
    ["not an object at all", () => "a string", "(view)"],
  ])("%s: not displayable, with the issue's path", (_label, stored, path) => {
    const parsed = parseStoredView(stored());
    expect(parsed.view).toBeNull();
    expect(parsed.issues?.some((issue) => issue.startsWith(path))).toBe(true);
  });
});
