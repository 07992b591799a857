/**
 * The p-th percentile by the nearest-rank method: the smallest value with at least p% of the values at or
 * below it, i.e. sorted[ceil(p/100 · n) − 1]. A value that was measured, never an interpolation between two,
 * which is what a latency target such as "p95 < 300 ms" means.
 * Example: [40, 10, 30, 20] → p50 = 20 (rank 2), p95 = 40 (rank ceil(3.8) = 4).
 * @returns NaN for no values
 * @throws Error when p is outside (0, 100]
 */
export function percentile(values: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new Error(`percentile: p must be in (0, 100], got ${p}`);
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1]!;
}
