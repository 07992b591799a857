/**
 * Wealth curve of a return series: W₀ = 1, Wₖ = Wₖ₋₁ × (1 + rₖ). Length n + 1, so `wealth[k]` is the
 * value after k periods.
 *
 * @example wealthCurve([0.1, -0.5]) → [1, 1.1, 0.55]
 */
export function wealthCurve(returns: ArrayLike<number>): Float64Array {
  const wealth = new Float64Array(returns.length + 1);
  wealth[0] = 1;
  for (let k = 0; k < returns.length; k++) wealth[k + 1] = (wealth[k] ?? 1) * (1 + (returns[k] ?? 0));
  return wealth;
}

/**
 * Drawdown of a wealth curve: Dₖ = Wₖ / max(W₀…Wₖ) − 1, a number in [−1, 0] (negative = below the
 * running peak), aligned with the curve. The running peak includes W₀ = 1, so a first-period loss is
 * a drawdown.
 *
 * @example drawdownCurve([1, 1.1, 0.55, 1.21]) → [0, 0, −0.5, 0]
 */
export function drawdownCurve(wealth: ArrayLike<number>): Float64Array {
  const drawdown = new Float64Array(wealth.length);
  let peak = -Infinity;
  for (let k = 0; k < wealth.length; k++) {
    const value = wealth[k] ?? 0;
    peak = Math.max(peak, value);
    drawdown[k] = peak > 0 ? value / peak - 1 : 0;
  }
  return drawdown;
}
