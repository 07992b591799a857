import { xoroshiro128plus, type RandomGenerator } from "pure-rand";

/**
 * A seeded random source for the synthetic data (never Math.random: the same seed must give the same
 * market on every machine). xoroshiro128+ is pure-rand's recommended generator; `split` jumps 2^64 draws
 * ahead, so each part of a market (factors, stocks, attributes) has its own stream and adding draws to
 * one part does not shift the others.
 */
export type Rng = {
  /** Uniform on [0, 1) with 53 random bits. */
  uniform(): number;
  /** Standard normal (Box–Muller). */
  normal(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Bernoulli(p). */
  chance(p: number): boolean;
  /** Poisson(λ) by Knuth's product method: exact, and fast for the λ < 30 used here. */
  poisson(lambda: number): number;
  /** An independent stream. */
  split(): Rng;
};

const TWO_POW_26 = 67108864;
const TWO_POW_53 = 9007199254740992;

export function createRng(seed: number): Rng {
  return wrap(xoroshiro128plus(seed | 0));
}

function wrap(generator: RandomGenerator): Rng {
  let spare: number | null = null;
  const uniform = () => ((generator.unsafeNext() >>> 5) * TWO_POW_26 + (generator.unsafeNext() >>> 6)) / TWO_POW_53;
  const rng: Rng = {
    uniform,
    normal() {
      if (spare !== null) {
        const value = spare;
        spare = null;
        return value;
      }
      const u = 1 - uniform(); // (0, 1]: log(0) would be -Infinity
      const radius = Math.sqrt(-2 * Math.log(u));
      const angle = 2 * Math.PI * uniform();
      spare = radius * Math.sin(angle);
      return radius * Math.cos(angle);
    },
    int: (n) => Math.floor(uniform() * n),
    chance: (p) => uniform() < p,
    poisson(lambda) {
      const limit = Math.exp(-lambda);
      let k = 0;
      for (let product = uniform(); product > limit; product *= uniform()) k++;
      return k;
    },
    split() {
      const jumped = generator.clone();
      generator.unsafeJump?.();
      return wrap(jumped);
    },
  };
  return rng;
}
