import type { SleeveWeights } from "../backtest/sleeve-types";
import { ALL_SLEEVES, REGIONS, type Region, type SleeveId } from "../market/regions";

/**
 * A hypothetical shock the advisor can edit, as one-off returns (−0.3 = −30%). Each equity sleeve takes the
 * most specific shock that names it: its region's, else (for a small-cap sleeve) the small-cap one, else the
 * all-equities one. So "equities −30%, small caps −40%, Korea −50%" gives Korean large and small caps −50%,
 * other small caps −40% and other large caps −30%, and a milder region shock really does spare that region.
 */
export type ShockScenario = {
  equities: number;
  smallCaps: number | null;
  regions: Partial<Record<Region, number>>;
  bonds: number;
  cash: number;
};

/** The example, as the editable starting point. */
export const DEFAULT_SHOCK_SCENARIO: ShockScenario = { equities: -0.3, smallCaps: -0.4, regions: {}, bonds: -0.1, cash: 0 };

export type SleeveShock = { sleeve: SleeveId; weight: number; shock: number; contribution: number };

export type ShockOutcome = {
  /** Σ weight × shock: the portfolio's one-off return (negative = loss). */
  portfolioReturn: number;
  /** portfolioReturn × amount, in the amount's currency. */
  amountChange: number;
  /** Every weighted sleeve, in ALL_SLEEVES order: contribution = weight × shock. */
  bySleeve: SleeveShock[];
};

/**
 * Applies a shock scenario to a mix held at `weights` (fractions of the portfolio by sleeve id).
 *
 * @throws "applyShockScenario: …" if a weight is negative or not finite, weights do not sum to 1 within
 *   1e-9, a sleeve id is unknown, a shock is below −1 (a loss beyond everything) or not finite, or the
 *   amount is not finite.
 * @example 60% US large, 10% US small, 30% bonds under the default scenario, 1,000,000 →
 *   0.6 · −0.3 + 0.1 · −0.4 + 0.3 · −0.1 = −0.25, −250,000
 */
export function applyShockScenario(weights: SleeveWeights, scenario: ShockScenario, amount: number): ShockOutcome {
  const where = "applyShockScenario";
  checkScenario(scenario, where);
  if (!Number.isFinite(amount)) throw new Error(`${where}: amount must be finite, got ${amount}`);
  let sum = 0;
  for (const [sleeve, w] of Object.entries(weights)) {
    if (!(ALL_SLEEVES as readonly string[]).includes(sleeve)) throw new Error(`${where}: unknown sleeve "${sleeve}"`);
    if (!(Number.isFinite(w) && w >= 0)) throw new Error(`${where}: weight of "${sleeve}" must be a finite number >= 0, got ${w}`);
    sum += w;
  }
  if (Math.abs(sum - 1) > 1e-9) throw new Error(`${where}: weights must sum to 1, got ${sum}`);
  const bySleeve = ALL_SLEEVES.filter((s) => (weights[s] ?? 0) > 0).map((sleeve) => {
    const weight = weights[sleeve]!;
    const shock = sleeveShock(sleeve, scenario);
    return { sleeve, weight, shock, contribution: weight * shock };
  });
  const portfolioReturn = bySleeve.reduce((total, s) => total + s.contribution, 0);
  return { portfolioReturn, amountChange: portfolioReturn * amount, bySleeve };
}

/** The shock a sleeve takes under the scenario (see ShockScenario for the precedence). */
export function sleeveShock(sleeve: SleeveId, scenario: ShockScenario): number {
  if (sleeve === "BONDS") return scenario.bonds;
  if (sleeve === "CASH") return scenario.cash;
  const region = REGIONS.find((r) => sleeve === `${r}_LARGE` || sleeve === `${r}_SMALL`);
  const regional = region === undefined ? undefined : scenario.regions[region];
  if (regional !== undefined) return regional;
  if (sleeve.endsWith("_SMALL") && scenario.smallCaps !== null) return scenario.smallCaps;
  return scenario.equities;
}

function checkScenario(scenario: ShockScenario, where: string): void {
  const named: [string, number | null | undefined][] = [
    ["equities", scenario.equities],
    ["smallCaps", scenario.smallCaps],
    ["bonds", scenario.bonds],
    ["cash", scenario.cash],
    ...Object.entries(scenario.regions).map(([region, shock]): [string, number | undefined] => [`regions.${region}`, shock]),
  ];
  for (const [name, shock] of named) {
    if (shock === null || shock === undefined) continue;
    if (!(Number.isFinite(shock) && shock >= -1)) throw new Error(`${where}: shock ${name} must be a finite number >= -1, got ${shock}`);
  }
  for (const region of Object.keys(scenario.regions)) {
    if (!(REGIONS as readonly string[]).includes(region)) throw new Error(`${where}: unknown region "${region}"`);
  }
}
