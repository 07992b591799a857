import type { MonthlySeries } from "@/lib/market/types";

/** Consecutive YYYY-MM months from `start`. */
export function monthsFrom(start: string, count: number): string[] {
  const [y, m] = start.split("-").map(Number) as [number, number];
  return Array.from({ length: count }, (_, k) => {
    const index = m - 1 + k;
    return `${y + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
  });
}

/** A monthly series from `start` with the given returns. */
export function series(name: string, start: string, returns: readonly number[]): MonthlySeries {
  return { name, months: monthsFrom(start, returns.length), returns: Float64Array.from(returns) };
}

/** C(n, k) · p^k · (1 − p)^(n − k), summed over k = 0 … kMax: the binomial distribution function. */
export function binomialCdf(n: number, p: number, kMax: number): number {
  let total = 0;
  for (let k = 0; k <= kMax; k++) {
    let choose = 1;
    for (let i = 1; i <= k; i++) choose = (choose * (n - k + i)) / i;
    total += choose * p ** k * (1 - p) ** (n - k);
  }
  return total;
}
