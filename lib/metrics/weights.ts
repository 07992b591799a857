import type { Constituent } from "../market/types";

/**
 * Constituent weights rescaled to sum to 1: wᵢ' = wᵢ / Σⱼ wⱼ.
 *
 * Why renormalise: importers keep cash, futures and other non-equity lines apart, so the equity weights
 * of a fund file sum to a little under 1 (0.98 is typical), and files round weights to 2–3 decimals.
 * Every weight-based metric is therefore a share *of the equity holdings*; this is what the article's
 * "share of index weight" means, and the Herfindahl bounds 1/N ≤ Σw² ≤ 1 only hold for weights summing to 1.
 *
 * @returns the rescaled weights in constituent order, or null when every weight is 0.
 * @throws RangeError (naming `caller`) when a weight is negative or not finite.
 * @example normalisedWeights([{ weight: 0.3, … }, { weight: 0.1, … }], "f") // Float64Array [0.75, 0.25]
 */
export function normalisedWeights(
  constituents: readonly Constituent[],
  caller: string,
): Float64Array | null {
  const weights = new Float64Array(constituents.length);
  let total = 0;
  constituents.forEach((c, i) => {
    if (!Number.isFinite(c.weight) || c.weight < 0) {
      throw new RangeError(`${caller}: weight of ${c.ticker} must be a finite number >= 0, got ${c.weight}`);
    }
    weights[i] = c.weight;
    total += c.weight;
  });
  if (total === 0) return null;
  for (let i = 0; i < weights.length; i++) weights[i] = weights[i]! / total;
  return weights;
}
