/**
 * Excess return of a series over a benchmark (domain.md §2 "Top 10% vs bottom 10%"), per window and
 * cumulative.
 * - excessₖ = rₖ − bₖ.
 * - cumulativeₖ = W_series / W_benchmark − 1 after window k = Π(1 + rⱼ)/Π(1 + bⱼ) − 1: the wealth ratio,
 *   chosen over Π(1 + excessⱼ) − 1 because it is what an investor in the series actually holds relative
 *   to one in the benchmark; compounding arithmetic differences describes no real portfolio.
 *
 * @throws if the series differ in length.
 * @example series [0.2, 0], benchmark [0.1, 0.1] → excess [0.1, −0.1],
 *   cumulative [1.2/1.1 − 1, 1.2/1.21 − 1] = [0.090909…, −0.008264…]
 */
export function excessOver(
  returns: Float64Array,
  benchmark: Float64Array,
): { excess: Float64Array; cumulative: Float64Array } {
  if (returns.length !== benchmark.length) {
    throw new Error(`excessOver: ${returns.length} returns against ${benchmark.length} benchmark returns`);
  }
  const excess = new Float64Array(returns.length);
  const cumulative = new Float64Array(returns.length);
  let wealth = 1;
  let benchmarkWealth = 1;
  for (let k = 0; k < returns.length; k++) {
    const r = returns[k] ?? 0;
    const b = benchmark[k] ?? 0;
    excess[k] = r - b;
    wealth *= 1 + r;
    benchmarkWealth *= 1 + b;
    // A benchmark wiped out leaves no ratio to report.
    cumulative[k] = benchmarkWealth > 0 ? wealth / benchmarkWealth - 1 : NaN;
  }
  return { excess, cumulative };
}
