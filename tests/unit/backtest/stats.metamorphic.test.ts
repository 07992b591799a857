import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { cagr, maxDrawdown, sharpe, volatility } from "@/lib/backtest";
import { drawdownCurve, wealthCurve } from "@/lib/backtest/wealth";

/*
 * Metamorphic tests of the statistics (domain.md §3), in the manner of empyrical's test_stats.py
 * (translation, scaling, appending, reordering): no expected value is computed, a transformed input must
 * change the figure exactly as the definition says. Seeds are fixed so a failure can be replayed.
 */
const SEED = 1_729;
const RUNS = 200;

// Returns on a 0.01% grid from −50% to +100%: fast-check's doubles crowd near 0, this spreads them evenly.
const aReturn = fc.integer({ min: -5_000, max: 10_000 }).map((bp) => bp / 10_000);
const series = (minLength: number) => fc.array(aReturn, { minLength, maxLength: 60 });
const periodsPerYear = fc.constantFrom(1, 4, 12, 52, 252);

/** |a − b| within `rel` of their size (and of 1, so figures near 0 compare absolutely). */
function expectClose(actual: number | null, expected: number | null, rel = 1e-9): void {
  expect(actual).not.toBeNull();
  expect(expected).not.toBeNull();
  const [a, b] = [actual!, expected!];
  expect(Math.abs(a - b)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(a), Math.abs(b)));
}

/** Series whose volatility is clearly above 0, so Sharpe is defined and not dominated by rounding. */
const volatile = (r: readonly number[], ppy: number) => (volatility(r, ppy) ?? 0) > 1e-4;

describe("Sharpe ratio", () => {
  test("shifting returns by c a period and the risk-free rate by c × periodsPerYear leaves it unchanged", () => {
    fc.assert(
      fc.property(series(2), periodsPerYear, aReturn, fc.integer({ min: -500, max: 1_000 }), (r, ppy, c, rfBp) => {
        fc.pre(volatile(r, ppy));
        const rf = rfBp / 10_000;
        expectClose(sharpe(r.map((x) => x + c), ppy, rf + c * ppy), sharpe(r, ppy, rf));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  test("shifting returns alone moves it by c × periodsPerYear ÷ volatility", () => {
    fc.assert(
      fc.property(series(2), periodsPerYear, aReturn, (r, ppy, c) => {
        fc.pre(volatile(r, ppy));
        const shifted = sharpe(r.map((x) => x + c), ppy)!;
        expectClose(shifted - sharpe(r, ppy)!, (c * ppy) / volatility(r, ppy)!, 1e-8);
      }),
      { numRuns: RUNS, seed: SEED + 1 },
    );
  });

  test("with a zero risk-free rate, scaling returns by k > 0 leaves it unchanged", () => {
    fc.assert(
      fc.property(series(2), periodsPerYear, fc.integer({ min: 1, max: 500 }), (r, ppy, k100) => {
        fc.pre(volatile(r, ppy));
        expectClose(sharpe(r.map((x) => (x * k100) / 100), ppy), sharpe(r, ppy));
      }),
      { numRuns: RUNS, seed: SEED + 2 },
    );
  });
});

describe("volatility", () => {
  test("scaling returns by k > 0 scales it by k", () => {
    fc.assert(
      fc.property(series(2), periodsPerYear, fc.integer({ min: 1, max: 500 }), (r, ppy, k100) => {
        const k = k100 / 100;
        expectClose(volatility(r.map((x) => x * k), ppy), k * volatility(r, ppy)!);
      }),
      { numRuns: RUNS, seed: SEED + 3 },
    );
  });

  test("shifting returns by a constant leaves it unchanged", () => {
    fc.assert(
      fc.property(series(2), periodsPerYear, aReturn, (r, ppy, c) => {
        expectClose(volatility(r.map((x) => x + c), ppy), volatility(r, ppy), 1e-8);
      }),
      { numRuns: RUNS, seed: SEED + 4 },
    );
  });
});

describe("max drawdown", () => {
  test("appending a period never makes it smaller in size", () => {
    fc.assert(
      fc.property(series(1), aReturn, (r, next) => {
        expect(maxDrawdown([...r, next])!).toBeLessThanOrEqual(maxDrawdown(r)!);
      }),
      { numRuns: RUNS, seed: SEED + 5 },
    );
  });

  test("appending a loss d gives min(MDD, (1 + D_end)(1 + d) − 1), D_end the drawdown at the end", () => {
    // The loss adds one point below the last one with the same running peak; nothing else changes.
    const loss = fc.integer({ min: -5_000, max: -1 }).map((bp) => bp / 10_000);
    fc.assert(
      fc.property(series(1), loss, (r, d) => {
        const end = drawdownCurve(wealthCurve(r)).at(-1)!;
        expectClose(maxDrawdown([...r, d]), Math.min(maxDrawdown(r)!, (1 + end) * (1 + d) - 1));
      }),
      { numRuns: RUNS, seed: SEED + 6 },
    );
  });
});

describe("CAGR", () => {
  test("m zero-return periods before or after: 1 + CAGR becomes (1 + CAGR)^(n / (n + m))", () => {
    // Wealth is unchanged and the years grow from n to n + m periods: W^(ppy/(n+m)) = (W^(ppy/n))^(n/(n+m)).
    fc.assert(
      fc.property(series(1), periodsPerYear, fc.integer({ min: 1, max: 24 }), fc.boolean(), (r, ppy, m, before) => {
        const growth = cagr(r, ppy)!;
        // Near −100% a year, 1 + CAGR is W^(ppy/n) − 1 + 1 and loses most of its digits to cancellation.
        fc.pre(growth > -0.99);
        const zeros = new Array<number>(m).fill(0);
        const padded = before ? [...zeros, ...r] : [...r, ...zeros];
        expectClose(1 + cagr(padded, ppy)!, (1 + growth) ** (r.length / (r.length + m)));
      }),
      { numRuns: RUNS, seed: SEED + 7 },
    );
  });

  test.each([
    // Hand-checked: wealth 1.21 over 2 years → 10%; with two zero years 1.21^(1/4) − 1 = 0.048808848.
    ["two zero years after", [0.1, 0.1, 0, 0], 0.048808848],
    ["two zero years before", [0, 0, 0.1, 0.1], 0.048808848],
  ])("%s", (_label, r, expected) => {
    expect(cagr(r, 1)).toBeCloseTo(expected, 9);
  });
});

describe("reversing the order of returns", () => {
  test("leaves CAGR and volatility unchanged (a product and a spread do not depend on order)", () => {
    fc.assert(
      fc.property(series(2), periodsPerYear, (r, ppy) => {
        const reversed = [...r].reverse();
        expectClose(cagr(reversed, ppy), cagr(r, ppy));
        expectClose(volatility(reversed, ppy), volatility(r, ppy));
      }),
      { numRuns: RUNS, seed: SEED + 8 },
    );
  });
});
