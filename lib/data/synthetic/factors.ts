import type { Rng } from "./rng";

/**
 * `n` yearly factor shocks: the n normal quantiles Φ⁻¹((k + 0.5) / n) in a seeded random order, made
 * orthogonal in the sample to `orthogonalTo` when given, then scaled to sample mean 0 and sample
 * standard deviation (n − 1) `sd`.
 *
 * Why quantiles rather than plain draws: with only 24 yearly shocks, plain sampling moves the demo
 * market's CAGR by ±4 points and its volatility by ±8 points from seed to seed (one +2.5σ year is enough),
 * hiding the size pattern the demo exists to show. Every seed gets the same set of market years, in a
 * different order, so the headline figures stay near their targets while the history differs.
 */
export function stratifiedShocks(rng: Rng, n: number, sd: number, orthogonalTo?: Float64Array): Float64Array {
  const z = Float64Array.from({ length: n }, (_, k) => inverseNormal((k + 0.5) / n));
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [z[i], z[j]] = [z[j] ?? 0, z[i] ?? 0];
  }
  if (orthogonalTo) {
    const dot = (a: Float64Array, b: Float64Array) => a.reduce((s, v, i) => s + v * (b[i] ?? 0), 0);
    const beta = dot(z, orthogonalTo) / dot(orthogonalTo, orthogonalTo);
    z.forEach((v, i) => (z[i] = v - beta * (orthogonalTo[i] ?? 0)));
  }
  const mean = z.reduce((s, v) => s + v, 0) / n;
  const std = Math.sqrt(z.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
  return z.map((v) => ((v - mean) / std) * sd);
}

const A = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
const B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const C = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];

const poly = (coefficients: readonly number[], x: number) => coefficients.reduce((acc, c) => acc * x + c, 0);

/**
 * Φ⁻¹(u) for u in (0, 1), Acklam's rational approximation (relative error < 1.2e-9): far more precise
 * than the quantile grid needs, and small enough to carry here instead of a dependency.
 * @example inverseNormal(0.975) → 1.959964
 */
export function inverseNormal(u: number): number {
  if (!(u > 0 && u < 1)) throw new Error(`inverseNormal: u must be in (0, 1), got ${u}`);
  const low = 0.02425;
  if (u < low) {
    const q = Math.sqrt(-2 * Math.log(u));
    return poly(C, q) / (poly(D, q) * q + 1);
  }
  if (u > 1 - low) return -inverseNormal(1 - u);
  const q = u - 0.5;
  const r = q * q;
  return (poly(A, r) * q) / (poly(B, r) * r + 1);
}
