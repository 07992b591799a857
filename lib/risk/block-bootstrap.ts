import { xoroshiro128plus, type RandomGenerator } from "pure-rand";

const TWO_POW_32 = 4294967296;

/** Fills one path's month indices into a caller-owned buffer; successive calls continue the same stream. */
export type BlockSampler = (out: Int32Array) => void;

/**
 * The stationary bootstrap of Politis & Romano ("The Stationary Bootstrap", JASA 89(428), 1994, 1303–1313):
 * a path of history-month indices made of blocks of random length. The first month of a path starts a block
 * at a uniformly random month; after that, with probability p = 1 / meanBlockLength a new block starts at a
 * uniformly random month, otherwise the path moves on to the next month, wrapping from the last month to the
 * first. Block lengths are therefore geometric with mean 1/p, and the resampled series is stationary (fixed
 * blocks would make months near a block's start behave differently from the others).
 *
 * The same process is drawn one block at a time rather than one coin a month (twelve times fewer draws at
 * the default length): a block's length is L = 1 + ⌊ln u / ln(1 − p)⌋ for u uniform on (0, 1], so
 * P(L > l) = P(u ≤ (1 − p)^l) = (1 − p)^l, exactly the chance of l coins in a row saying "continue"; u has
 * 32 random bits, so each probability is exact to 2^−32. The start is an unbiased uniform integer
 * (`uniformBelow`). xoroshiro128+ is pure-rand's recommended generator. The draws are consumed path after
 * path, so the first n paths of a run with more paths are the same n paths.
 *
 * @throws "blockSampler: …" if the seed is not an integer in [0, 2^32), the history is empty or the mean
 *   block length is not a finite number >= 1.
 * @example meanBlockLength 1 → every month an independent uniform draw (the i.i.d. bootstrap);
 *   history of 3 months and a very long mean block → nearly always 2, 0, 1, 2, 0, … from a random start.
 */
export function blockSampler(seed: number, historyMonths: number, meanBlockLength: number): BlockSampler {
  const where = "blockSampler";
  if (!(Number.isInteger(seed) && seed >= 0 && seed < TWO_POW_32)) throw new Error(`${where}: seed must be an integer in [0, 2^32), got ${seed}`);
  if (!(Number.isInteger(historyMonths) && historyMonths >= 1)) throw new Error(`${where}: history must have at least one month, got ${historyMonths}`);
  if (!(Number.isFinite(meanBlockLength) && meanBlockLength >= 1)) {
    throw new Error(`${where}: mean block length must be a finite number >= 1, got ${meanBlockLength}`);
  }
  // `| 0` maps [2^31, 2^32) onto the negative int32 seeds, one to one, as pure-rand takes them.
  const rng = xoroshiro128plus(seed | 0);
  // ln(1 − p): −∞ when p = 1, where every block is one month long.
  const logContinue = Math.log1p(-1 / meanBlockLength);
  const last = historyMonths - 1;
  const rejectBelow = (TWO_POW_32 - historyMonths) % historyMonths;
  return (out) => {
    let k = 0;
    while (k < out.length) {
      let index = uniformBelow(rng, historyMonths, rejectBelow);
      const length = logContinue === Number.NEGATIVE_INFINITY ? 1 : 1 + Math.floor(Math.log(((rng.unsafeNext() >>> 0) + 1) / TWO_POW_32) / logContinue);
      const end = Math.min(out.length, k + length);
      for (; k < end; k++) {
        out[k] = index;
        index = index === last ? 0 : index + 1;
      }
    }
  };
}

/**
 * A uniform integer in [0, n) by Lemire's multiply-and-reject ("Fast Random Integer Generation in an
 * Interval", ACM TOMACS 29(1), 2019): m = u · n for a 32-bit u; the answer is ⌊m / 2^32⌋ unless m mod 2^32
 * falls in the (2^32 − n) mod 2^32 values that would over-represent some answers, which are drawn again.
 * u · n < 2^53 for any history length, so the product is exact in a double. Faster than pure-rand's general
 * uniformIntDistribution, and called once a block.
 */
function uniformBelow(rng: RandomGenerator, n: number, rejectBelow: number): number {
  for (;;) {
    const m = (rng.unsafeNext() >>> 0) * n;
    const low = m % TWO_POW_32;
    if (low >= rejectBelow) return Math.floor(m / TWO_POW_32);
  }
}
