import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  bucketRange,
  buildPanel,
  decileBuckets,
  runSizeBacktest,
  sweepBuckets,
  type PanelRow,
  type SurvivorshipMode,
} from "@/lib/backtest";
import { shuffled } from "./rows";

/** Random panels (May rebalances with a November row in between), with ties, gaps, exits and preferred rows. */
const panelRows = fc
  .record({ securities: fc.integer({ min: 1, max: 10 }), years: fc.integer({ min: 2, max: 4 }) })
  .chain(({ securities, years }) => {
    const dates = Array.from({ length: years }, (_, y) => [`${2000 + y}-05-31`, `${2000 + y}-11-30`])
      .flat()
      .concat(`${2000 + years}-05-31`);
    const cell = fc.record({
      present: fc.integer({ min: 0, max: 9 }).map((x) => x < 8),
      cap: fc.integer({ min: 0, max: 20 }),
      ret: fc.option(fc.double({ min: -1, max: 2, noNaN: true }), { freq: 6 }),
      delisted: fc.integer({ min: 0, max: 9 }).map((x) => x === 0),
      preferred: fc.integer({ min: 0, max: 19 }).map((x) => x === 0),
    });
    // ZZ (cap 0, never eligible) pins every date, so each panel has all its rebalance dates.
    const pins = dates.map((date): PanelRow => ({ id: "ZZ", date, marketCap: 0, return: null }));
    return fc.array(cell, { minLength: securities * dates.length, maxLength: securities * dates.length }).map((cells) =>
      cells.flatMap((c, k): PanelRow[] => {
        const date = dates[k % dates.length] ?? "";
        if (!c.present) return [];
        return [
          {
            id: `S${Math.floor(k / dates.length)}`,
            date,
            marketCap: c.cap,
            return: c.ret,
            status: c.delisted ? "delisted" : "active",
            isPreferred: c.preferred,
          },
        ];
      }).concat(pins),
    );
  });
const mode = fc.constantFrom<SurvivorshipMode>("total_loss", "last_available", "exclude");

/** An independent, row-by-row reading of domain.md §3 for the whole-market cap- and equal-weighted returns. */
function oracleMarket(rows: readonly PanelRow[], survivorship: SurvivorshipMode) {
  const mays = [...new Set(rows.map((r) => r.date))].filter((d) => d.slice(5, 7) === "05").sort();
  const at = (id: string, date: string) => rows.find((r) => r.id === id && r.date === date);
  return mays.slice(0, -1).map((t, i) => {
    const next = mays[i + 1] ?? "";
    const eligible = rows.filter((r) => r.date === t && r.marketCap > 0 && !r.isPreferred && r.status !== "delisted");
    const held = eligible.flatMap((r) => {
      const path = rows.filter((x) => x.id === r.id && x.date > t && x.date <= next).sort((a, b) => (a.date < b.date ? -1 : 1));
      let growth = 1;
      for (const x of path) {
        if (x.return === null) continue;
        growth *= 1 + x.return;
        if (x.status === "delisted") return [{ cap: r.marketCap, ret: growth - 1 }];
      }
      if (at(r.id, next)?.return != null) return [{ cap: r.marketCap, ret: growth - 1 }];
      if (survivorship === "exclude") return [];
      return [{ cap: r.marketCap, ret: survivorship === "total_loss" ? -1 : growth - 1 }];
    });
    const capSum = held.reduce((s, h) => s + h.cap, 0);
    return {
      holdings: held.length,
      cap: held.length === 0 ? 0 : held.reduce((s, h) => s + h.cap * h.ret, 0) / capSum,
      equal: held.length === 0 ? 0 : held.reduce((s, h) => s + h.ret, 0) / held.length,
    };
  });
}

describe("size back-test properties", () => {
  test("market returns match an independent row-by-row computation (equal = mean of holdings' returns)", () => {
    fc.assert(
      fc.property(panelRows, mode, (rows, survivorship) => {
        const result = runSizeBacktest(buildPanel(rows), { buckets: [{ kind: "percentile", from: 0, to: 1 }], weightings: ["equal"], survivorship });
        const oracle = oracleMarket(rows, survivorship);
        const [cap, equal] = result.market;
        oracle.forEach((o, i) => {
          expect(equal?.holdings[i]).toBe(o.holdings);
          expect(equal?.returns[i]).toBeCloseTo(o.equal, 9);
          expect(cap?.returns[i]).toBeCloseTo(o.cap, 9);
        });
      }),
    );
  });

  test("weights sum to 1: the first window's turnover (the initial buy, Σ w) is 1 in every non-empty bucket", () => {
    fc.assert(
      fc.property(panelRows, mode, (rows, survivorship) => {
        const result = runSizeBacktest(buildPanel(rows), {
          buckets: sweepBuckets(),
          weightings: ["cap", "equal", "sqrt"],
          survivorship,
        });
        for (const series of [...result.results, ...result.market]) {
          const first = series.holdings[0] ?? 0;
          expect(series.turnover[0]).toBeCloseTo(first > 0 ? 1 : 0, 12);
        }
      }),
    );
  });

  test("deciles partition the universe in every window", () => {
    fc.assert(
      fc.property(panelRows, mode, (rows, survivorship) => {
        const result = runSizeBacktest(buildPanel(rows), { buckets: decileBuckets(), weightings: ["equal"], survivorship });
        const market = result.market[1];
        result.rebalanceDates.slice(0, -1).forEach((_, i) => {
          const total = result.results.reduce((sum, decile) => sum + (decile.holdings[i] ?? 0), 0);
          expect(total).toBe(market?.holdings[i]);
        });
      }),
    );
  });

  test("decile rank ranges tile [0, N) for every universe size", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (n) => {
        let next = 0;
        for (const decile of decileBuckets()) {
          const [lo, hi] = bucketRange(decile, n);
          expect(lo).toBe(next);
          expect(hi).toBeGreaterThanOrEqual(lo);
          next = hi;
        }
        expect(next).toBe(n);
      }),
    );
  });

  test("results do not depend on the row order", () => {
    fc.assert(
      fc.property(panelRows, fc.integer(), mode, (rows, seed, survivorship) => {
        const options = { buckets: sweepBuckets(), weightings: ["cap", "equal", "sqrt"] as const, survivorship, costBps: 30 };
        expect(runSizeBacktest(buildPanel(shuffled(rows, seed)), options)).toEqual(runSizeBacktest(buildPanel(rows), options));
      }),
      { numRuns: 50 },
    );
  });
});
