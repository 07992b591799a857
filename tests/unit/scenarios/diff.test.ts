import { describe, expect, test } from "vitest";
import { compareProposals, weightsBySleeve } from "@/lib/scenarios/diff";
import type { ProposalView } from "@/lib/services/proposal/view-model";
import { proposal } from "./helpers/proposals";

const base = proposal();

/** A copy of `view` with some things changed by hand, so every expected difference is known exactly. */
function edited(view: ProposalView, edit: (copy: ProposalView) => void): ProposalView {
  const copy = structuredClone(view);
  edit(copy);
  return copy;
}

describe("compareProposals", () => {
  test("a proposal against itself: nothing changed", () => {
    const diff = compareProposals([base, structuredClone(base)]);
    const rows = [...diff.weights, ...diff.stats, ...diff.methodology, ...diff.datasets, ...diff.evidence];
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.filter((r) => r.changed).map((r) => r.key)).toEqual([]);
  });

  test("weights per sleeve: 2 points moved from bonds to cash are two changed rows, +0.02 and −0.02", () => {
    const moved = edited(base, (v) => {
      v.allocation.lines.find((l) => l.sleeve === "BONDS")!.weight -= 0.02;
      v.allocation.lines.find((l) => l.sleeve === "CASH")!.weight += 0.02;
    });
    const changed = compareProposals([base, moved]).weights.filter((r) => r.changed);
    expect(changed.map((r) => r.key)).toEqual(["BONDS", "CASH"]);
    expect(changed[0]!.cells[1]!.delta).toBeCloseTo(-0.02, 12);
    expect(changed[1]!.cells[1]!.delta).toBeCloseTo(0.02, 12);
  });

  test("a sleeve held by one proposal only is a row, weighing 0 in the other", () => {
    const withoutCash = edited(base, (v) => {
      v.allocation.lines = v.allocation.lines.filter((l) => l.sleeve !== "CASH");
    });
    const cash = compareProposals([withoutCash, base]).weights.find((r) => r.key === "CASH")!;
    expect(cash.cells.map((c) => c.value)).toEqual([0, weightsBySleeve(base).get("CASH")]);
    expect(cash.changed).toBe(true);
  });

  test("weightsBySleeve adds a sleeve's active and passive lines", () => {
    const view = edited(base, (v) => {
      v.allocation.lines = [
        { ...v.allocation.lines[0]!, sleeve: "JAPAN_SMALL", style: "active", weight: 0.03 },
        { ...v.allocation.lines[0]!, sleeve: "JAPAN_SMALL", style: "passive", weight: 0.045 },
        { ...v.allocation.lines[0]!, sleeve: "BONDS", style: null, weight: 0.925 },
      ];
    });
    expect([...weightsBySleeve(view)]).toEqual([
      ["JAPAN_SMALL", 0.075],
      ["BONDS", 0.925],
    ]);
  });

  test("statistics: a CAGR 0.3 points higher and a Sharpe that became undefined", () => {
    const other = edited(base, (v) => {
      v.backtest.stats.net.cagr = (v.backtest.stats.net.cagr ?? 0) + 0.003;
      v.backtest.stats.net.sharpe = null;
    });
    const stats = compareProposals([base, other]).stats;
    const cagr = stats.find((r) => r.key === "cagr")!;
    expect(cagr.changed).toBe(true);
    expect(cagr.cells[1]!.delta).toBeCloseTo(0.003, 12);
    expect(stats.find((r) => r.key === "sharpe")!.cells[1]).toEqual({ value: null, delta: null, changed: true });
    expect(stats.filter((r) => r.changed).map((r) => r.key)).toEqual(["cagr", "sharpe"]);
  });

  test("methodology: engine and parameter versions, rebalancing, benchmark and period", () => {
    const other = edited(base, (v) => {
      v.methodology.engineVersion = "9.9.9";
      v.methodology.parametersVersion = "2030-01.1";
      v.methodology.rebalance = "quarterly";
      v.backtest.benchmark.current = { usEquity: 0.5, intlEquity: 0.1, bonds: 0.3, cash: 0.1 };
      v.backtest.commonPeriod.start = "2005-01";
    });
    const rows = compareProposals([base, other]).methodology;
    expect(rows.map((r) => [r.key, r.cells[1]!.value, r.changed])).toEqual([
      ["engineVersion", "9.9.9", true],
      ["parametersVersion", "2030-01.1", true],
      ["rebalance", "quarterly", true],
      ["benchmark", "current_allocation", true],
      ["period", `2005-01/${base.backtest.commonPeriod.end}`, true],
    ]);
    expect(rows.find((r) => r.key === "benchmark")!.cells[0]!.value).toBe("global_60_40");
  });

  test("data sets: a new vintage, one dropped, one added", () => {
    const other = edited(base, (v) => {
      v.methodology.datasets = [{ id: "x", name: "Demo sleeve returns", vintage: "2026-06", synthetic: false }, { id: "y", name: "Imported holdings", vintage: "2026-05-31", synthetic: false }];
    });
    const rows = compareProposals([base, other]).datasets;
    expect(rows.map((r) => [r.key, r.cells.map((c) => c.value), r.changed])).toEqual([
      ["Demo sleeve returns", ["synthetic-v1", "2026-06"], true],
      ["Demo snapshots", ["synthetic-v1", null], true],
      ["Imported holdings", [null, "2026-05-31"], true],
    ]);
  });

  test("information gap: a metric that is not available compares as missing", () => {
    const region = base.evidence.rows[0]!.region;
    const other = edited(base, (v) => {
      v.evidence.rows[0]!.small!.analystMean = { status: "not_available", reason: "no_analysts_column" };
    });
    const row = compareProposals([base, other]).evidence.find((r) => r.key.region === region && r.key.size === "small" && r.key.metric === "analystMean")!;
    expect(row.cells[1]).toEqual({ value: null, delta: null, changed: true });
    expect(compareProposals([base, other]).evidence.filter((r) => r.changed)).toHaveLength(1);
  });

  test("three columns compare against the first", () => {
    const higher = edited(base, (v) => {
      v.allocation.expectedFeeBps += 1;
    });
    const fee = compareProposals([base, higher, base]).stats.find((r) => r.key === "expectedFeeBps")!;
    expect(fee.cells.map((c) => c.changed)).toEqual([false, true, false]);
  });

  test("real proposals: a different risk tolerance changes weights and statistics, not the stamps", () => {
    const diff = compareProposals([proposal({ riskTolerance: 2 }), proposal({ riskTolerance: 5 })]);
    expect(diff.weights.some((r) => r.changed)).toBe(true);
    expect(diff.stats.find((r) => r.key === "equityShare")!.changed).toBe(true);
    expect(diff.methodology.filter((r) => r.changed)).toEqual([]);
    expect(diff.datasets.filter((r) => r.changed)).toEqual([]);
  });

  test("no proposals is an error", () => {
    expect(() => compareProposals([])).toThrow(/compareProposals/);
  });
});
