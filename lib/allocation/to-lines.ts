import { MODEL_PARAMETERS } from "./parameters";
import type { SleevePlan } from "./plan";
import type { AllocationLine } from "./types";

/**
 * Turn sleeve plans into lines: each sleeve becomes an active line (weight × a) and a passive line
 * (weight × (1 − a)), whichever are positive. Lines come in a stable order (sleeves as planned, active
 * before passive) so the same input always lists the same lines.
 */
export function toLines(plans: readonly SleevePlan[]): AllocationLine[] {
  const lines: AllocationLine[] = [];
  for (const p of plans) {
    const base = { sleeve: p.sleeve, region: p.region, size: p.size, reasons: p.reasons };
    if (p.active > 0) lines.push({ ...base, style: "active", weight: p.weight * p.active });
    if (p.active < 1) lines.push({ ...base, style: "passive", weight: p.weight * (1 - p.active) });
  }
  return lines;
}

/** The defensive part as bonds and cash in the fixed split (bonds, then cash); none when it is 0. */
export function defensiveLines(defensiveShare: number): AllocationLine[] {
  if (defensiveShare <= 0) return [];
  const cashShare = MODEL_PARAMETERS.cashShareOfDefensive;
  return (
    [
      ["BONDS", 1 - cashShare],
      ["CASH", cashShare],
    ] as const
  ).map(([asset, share]) => ({
    sleeve: asset,
    region: null,
    size: null,
    style: null,
    weight: defensiveShare * share,
    reasons: [{ rule: "defensive_split", asset, defensiveShare, shareOfDefensive: share }],
  }));
}
