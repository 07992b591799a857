/**
 * Hamilton's largest-remainder method: whole units for each share such that they add up to `total`
 * exactly. The shares are first scaled to sum to `total` (a proposal's weights sum to 1 only within
 * rounding), each gets the floor of its scaled value, and the units left over go one each to the largest
 * remainders; equal remainders go to the earlier share, so the same input always gives the same digits.
 * Rounding each share on its own would not do: 12 weights rounded to 0.01% can add up to 99.99%.
 *
 * @throws RangeError when a share is negative or not finite, when `total` is not a non-negative integer,
 *   or when the shares sum to 0 but `total` does not.
 * @example apportion([1, 1, 1], 100) → [34, 33, 33]; apportion([0.5, 0.25, 0.25], 4) → [2, 1, 1]
 */
export function apportion(shares: readonly number[], total: number): number[] {
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`apportion: total must be a non-negative integer, got ${total}`);
  let sum = 0;
  for (const [i, share] of shares.entries()) {
    if (!Number.isFinite(share) || share < 0) throw new RangeError(`apportion: shares[${i}] must be a finite non-negative number, got ${share}`);
    sum += share;
  }
  if (sum === 0) {
    if (total !== 0) throw new RangeError(`apportion: the shares sum to 0 but the total is ${total}`);
    return shares.map(() => 0);
  }
  const scaled = shares.map((s) => (s / sum) * total);
  // 1e-9 absorbs float noise: 0.29 / 1 * 100 is 28.999999999999996, which is 29 units, not 28 and a remainder.
  const units = scaled.map((v) => Math.floor(v + 1e-9));
  const left = total - units.reduce((a, b) => a + b, 0);
  const order = scaled.map((v, i) => ({ i, remainder: v - units[i]! })).sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  // Each floor is within one unit of its share, so fewer units than shares are left over.
  for (const { i } of order.slice(0, left)) units[i] = units[i]! + 1;
  return units;
}
