import { MODEL_PARAMETERS } from "./parameters";
import type { AllocationLine } from "./types";

/**
 * Round every weight to `weightPrecision` and put the residual 1 − Σ rounded on the largest line (the first
 * on a tie), so the weights sum to 1 within 1e-9 and the same input always gives the same digits. Lines
 * that round to 0 are dropped.
 *
 * @throws RangeError when the weights did not sum to 1 before rounding (a bug upstream, not rounding noise).
 * @example [0.333333334, 0.333333333, 0.333333333] → [0.33333333 + 1e-8 residual, 0.33333333, 0.33333333]
 */
export function roundWeights(lines: readonly AllocationLine[]): AllocationLine[] {
  const step = MODEL_PARAMETERS.weightPrecision;
  const total = lines.reduce((s, l) => s + l.weight, 0);
  if (Math.abs(total - 1) > 1e-9) throw new RangeError(`roundWeights: weights sum to ${total}, not 1`);
  const rounded = lines
    .map((l) => ({ ...l, weight: Math.round(l.weight / step) * step }))
    .filter((l) => l.weight > 0);
  const largest = rounded.reduce((best, l, i) => (l.weight > rounded[best]!.weight ? i : best), 0);
  const residual = 1 - rounded.reduce((s, l) => s + l.weight, 0);
  const target = rounded[largest];
  if (target) rounded[largest] = { ...target, weight: target.weight + residual };
  return rounded;
}
