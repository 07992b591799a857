import type { Allocation, AllocationLine, MarketInputs } from "./types";

/** Σ wᵢ × fee of the line's style (bonds and cash at their passive fee), basis points a year. */
export function feeOfLines(lines: readonly AllocationLine[], market: Pick<MarketInputs, "fees">): number {
  return lines.reduce((s, l) => {
    const fee = market.fees[l.sleeve];
    return s + l.weight * (l.style === "active" ? fee.activeBps : fee.passiveBps);
  }, 0);
}

/**
 * Portfolio-level figures of the final, rounded lines. They can differ from the rules' values in the
 * reasons: by a few rounding steps (~1e-8, far below display precision), and where the minimum ticket
 * folded a line into another style or size (the folds are in the reasons).
 *   equityShare = Σ equity weights; small-cap and active shares are fractions of that, null without equities;
 *   expectedFeeBps = feeOfLines;
 *   historicalMeanReturn = Σ wᵢ × the sleeve index's annual mean return. Arithmetic means add up across a
 *   fixed-weight mix (CAGRs do not), and active lines use the index's history, not a manager's.
 */
export function summarise(
  lines: readonly AllocationLine[],
  market: MarketInputs,
): Omit<Allocation, "reasons" | "parametersVersion"> {
  const sum = (keep: (l: AllocationLine) => boolean) => lines.filter(keep).reduce((s, l) => s + l.weight, 0);
  const equityShare = sum((l) => l.size !== null);
  const ofEquities = (x: number) => (equityShare > 0 ? x / equityShare : null);
  const returns = lines.map((l) => market.sleeveStats[l.sleeve]?.annualMeanReturn);
  const historicalMeanReturn = returns.every((r) => r !== undefined)
    ? returns.reduce((s: number, r, i) => s + lines[i]!.weight * (r ?? 0), 0)
    : null;
  return {
    lines,
    equityShare,
    smallCapShareOfEquities: ofEquities(sum((l) => l.size === "small")),
    activeShareOfEquities: ofEquities(sum((l) => l.style === "active")),
    expectedFeeBps: feeOfLines(lines, market),
    historicalMeanReturn,
  };
}
