import { describe, expect, test } from "vitest";
import { buildPanel, FATE, holdingOutcomes, type PanelRow, type SurvivorshipMode } from "@/lib/backtest";
import { row } from "./rows";

// Window (2020-05, 2020-08]: three monthly periods 2020-06, 2020-07, 2020-08.
const D = ["2020-05-29", "2020-06-30", "2020-07-31", "2020-08-31"] as const;

function outcome(rows: PanelRow[], mode: SurvivorshipMode = "total_loss") {
  const panel = buildPanel([...rows, ...D.map((d) => row("ZZ", d, 1, 0))]); // ZZ pins every date
  const out = holdingOutcomes(panel, 0, 3, mode);
  const s = panel.ids.indexOf("X");
  return { ret: out.returns[s], fate: out.fate[s] };
}

describe("holdingOutcomes (domain.md §3)", () => {
  test("alive: compounds every period", () => {
    // 1.1 × 1.2 × 0.9 − 1 = 0.188
    const r = outcome([row("X", D[0], 1, null), row("X", D[1], 1, 0.1), row("X", D[2], 1, 0.2), row("X", D[3], 1, -0.1)]);
    expect(r.ret).toBeCloseTo(0.188, 12);
    expect(r.fate).toBe(FATE.ALIVE);
  });

  test("alive with a gap: compounds the valid returns it has", () => {
    // 1.1 × 0.9 − 1 = −0.01 (2020-07 has no return)
    const r = outcome([row("X", D[1], 1, 0.1), row("X", D[2], 1, null), row("X", D[3], 1, -0.1)]);
    expect(r.ret).toBeCloseTo(-0.01, 12);
    expect(r.fate).toBe(FATE.ALIVE);
  });

  test("recorded exit: compounds to the exit, then cash", () => {
    // 1.1 × 1.5 − 1 = 0.65; the later −50% row is after the exit and ignored
    const r = outcome([
      row("X", D[1], 1, 0.1),
      row("X", D[2], 1, 0.5, { status: "delisted" }),
      row("X", D[3], 1, -0.5, { status: "delisted" }),
    ]);
    expect(r.ret).toBeCloseTo(0.65, 12);
    expect(r.fate).toBe(FATE.EXITED);
  });

  test("a delisted row without a return is not an exit", () => {
    // 2020-06 delisted but no return → not the exit; stops after 2020-06 → total_loss −1
    const r = outcome([row("X", D[1], 1, null, { status: "delisted" })]);
    expect(r.ret).toBe(-1);
    expect(r.fate).toBe(FATE.STOPPED);
  });

  test.each([
    // returns 0.1, 0.2, then nothing on 2020-08
    ["total_loss", -1],
    ["last_available", 1.1 * 1.2 - 1], // 0.32
    ["exclude", NaN],
  ] as const)("data stopped, %s → %s", (mode, expected) => {
    const r = outcome([row("X", D[1], 1, 0.1), row("X", D[2], 1, 0.2)], mode);
    if (Number.isNaN(expected)) expect(r.ret).toBeNaN();
    else expect(r.ret).toBeCloseTo(expected, 12);
    expect(r.fate).toBe(FATE.STOPPED);
  });

  test("a row on the last date without a return is data stopped", () => {
    const r = outcome([row("X", D[1], 1, 0.1), row("X", D[3], 1, null)], "last_available");
    expect(r.ret).toBeCloseTo(0.1, 12);
    expect(r.fate).toBe(FATE.STOPPED);
  });

  test.each([
    [1, 1],
    [-1, 2],
    [2, 4],
  ])("throws on window (%s, %s]", (from, to) => {
    const panel = buildPanel(D.map((d) => row("A", d, 1, 0)));
    expect(() => holdingOutcomes(panel, from, to, "total_loss")).toThrow(/holdingOutcomes: need 0 <= from < to/);
  });
});
