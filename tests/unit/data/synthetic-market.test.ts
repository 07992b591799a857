import { describe, expect, it, test } from "vitest";
import { computeStats } from "@/lib/backtest/stats";
import { ALL_SLEEVES, EQUITY_SLEEVES, REGIONS } from "@/lib/market/regions";
import {
  generateBenchPanel,
  generateDemoSnapshots,
  generateSleeveHistory,
  SYNTHETIC_LABEL,
  SYNTHETIC_MANAGER_EXCESS,
} from "@/lib/data/synthetic";
import { inverseNormal } from "@/lib/data/synthetic/factors";

describe("generateSleeveHistory", () => {
  const history = generateSleeveHistory();
  const returns = (id: (typeof ALL_SLEEVES)[number]) => history.series[id]?.returns ?? new Float64Array();

  it("is labelled synthetic, deterministic, and covers every sleeve 2000-01…2024-12", () => {
    expect(history).toMatchObject({ synthetic: true, source: SYNTHETIC_LABEL });
    expect(generateSleeveHistory()).toEqual(history);
    expect(generateSleeveHistory(2)).not.toEqual(history);
    for (const id of ALL_SLEEVES) {
      expect(history.series[id]?.months).toHaveLength(300);
      expect(history.series[id]?.months[0]).toBe("2000-01");
      expect(history.series[id]?.months.at(-1)).toBe("2024-12");
    }
  });

  // CAGR targets from lib/data/synthetic/sleeves.ts; standardised shocks make them exact for every seed.
  test.each([
    ["US_LARGE", 0.075],
    ["JAPAN_SMALL", 0.055],
    ["BONDS", 0.033],
  ] as const)("%s compounds to its target CAGR %f", (id, cagr) => {
    expect(computeStats(returns(id), 12).cagr).toBeCloseTo(cagr, 9);
  });

  it("has cash near 2% a year, calm bonds, and correlated equity sleeves", () => {
    expect(computeStats(returns("CASH"), 12).cagr).toBeCloseTo(0.02, 2);
    expect(returns("CASH").every((r) => r >= 0)).toBe(true);
    expect(computeStats(returns("BONDS"), 12).volatility).toBeLessThan(0.06);
    const correlation = (a: Float64Array, b: Float64Array) => {
      const mean = (x: Float64Array) => x.reduce((s, v) => s + v, 0) / x.length;
      const [ma, mb] = [mean(a), mean(b)];
      let [ab, aa, bb] = [0, 0, 0];
      a.forEach((v, i) => ((ab += (v - ma) * ((b[i] ?? 0) - mb)), (aa += (v - ma) ** 2), (bb += ((b[i] ?? 0) - mb) ** 2)));
      return ab / Math.sqrt(aa * bb);
    };
    for (const id of EQUITY_SLEEVES) expect(correlation(returns("US_LARGE"), returns(id))).toBeGreaterThan(0.5);
    expect(correlation(returns("US_LARGE"), returns("BONDS"))).toBeLessThan(0.1);
  });
});

describe("generateDemoSnapshots", () => {
  const snapshots = generateDemoSnapshots();
  const find = (id: string) => snapshots.find((s) => s.id === id);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const analysts = (id: string) => mean(find(id)?.constituents.map((c) => c.analysts ?? 0) ?? []);
  const topTen = (id: string) =>
    (find(id)?.constituents.map((c) => c.weight) ?? []).sort((a, b) => b - a).slice(0, 10).reduce((a, b) => a + b, 0);

  it("gives a labelled large and small snapshot for every region, deterministically", () => {
    expect(snapshots).toHaveLength(REGIONS.length * 2);
    expect(snapshots.every((s) => s.synthetic && s.hasAnalysts && s.hasProfitable && s.source === SYNTHETIC_LABEL)).toBe(true);
    expect(generateDemoSnapshots()).toEqual(snapshots);
    expect(find("synthetic-us-large")?.constituents).toHaveLength(500);
    expect(find("synthetic-us-small")?.constituents).toHaveLength(1950);
    for (const s of snapshots) expect(mean(s.constituents.map((c) => c.weight)) * s.constituents.length).toBeCloseTo(1, 9);
  });

  it("puts 25–35% of a large index in its top ten and 2–5% of a small one", () => {
    for (const r of REGIONS) {
      const region = r.toLowerCase();
      expect(topTen(`synthetic-${region}-large`)).toBeGreaterThanOrEqual(0.24 - 1e-9);
      expect(topTen(`synthetic-${region}-large`)).toBeLessThanOrEqual(0.35 + 1e-9);
      expect(topTen(`synthetic-${region}-small`)).toBeLessThanOrEqual(0.05 + 1e-9);
    }
  });

  it("covers large caps with ~16 analysts, small caps with ~5.5, Japan small the least", () => {
    const regions = REGIONS.map((r) => r.toLowerCase());
    expect(mean(regions.map((r) => analysts(`synthetic-${r}-large`)))).toBeCloseTo(16, 0);
    expect(mean(regions.map((r) => analysts(`synthetic-${r}-small`)))).toBeGreaterThan(5);
    expect(mean(regions.map((r) => analysts(`synthetic-${r}-small`)))).toBeLessThan(6.5);
    const small = regions.map((r) => analysts(`synthetic-${r}-small`));
    expect(analysts("synthetic-japan-small")).toBe(Math.min(...small));
  });

  it("has US small caps over 40% unprofitable by count and far less by weight", () => {
    const members = find("synthetic-us-small")?.constituents ?? [];
    const unprofitable = members.filter((c) => c.profitable === false);
    expect(unprofitable.length / members.length).toBeCloseTo(0.42, 2);
    const byWeight = unprofitable.reduce((s, c) => s + c.weight, 0);
    expect(byWeight).toBeGreaterThan(0.1);
    expect(byWeight).toBeLessThan(0.25);
  });
});

describe("SYNTHETIC_MANAGER_EXCESS", () => {
  it("carries the article's range ends and an assumption for every other small-cap sleeve", () => {
    expect(SYNTHETIC_MANAGER_EXCESS.EUROPE_SMALL).toBe(0.0067);
    expect(SYNTHETIC_MANAGER_EXCESS.JAPAN_SMALL).toBe(0.031);
    for (const r of REGIONS) {
      const value = SYNTHETIC_MANAGER_EXCESS[`${r}_SMALL`] ?? NaN;
      expect(value).toBeGreaterThanOrEqual(0.0067);
      expect(value).toBeLessThanOrEqual(0.031);
    }
  });
});

describe("generateBenchPanel", () => {
  it("keeps `securities` stocks listed every month-end, replacing exits, deterministically", () => {
    const rows = generateBenchPanel({ securities: 200, years: 10, seed: 3 });
    expect(rows).toHaveLength(200 * 120);
    expect(generateBenchPanel({ securities: 200, years: 10, seed: 3 })).toEqual(rows);
    expect(rows[0]?.date).toBe("1995-01-31");
    expect(rows.at(-1)?.date).toBe("2004-12-31");
    expect(new Set(rows.map((r) => r.date)).has("1996-02-29")).toBe(true);
    expect(new Set(rows.map((r) => r.id)).size).toBeGreaterThan(200);
  });
});

describe("inverseNormal", () => {
  // Reference quantiles of the standard normal (tables / scipy.stats.norm.ppf).
  test.each([
    [0.5, 0],
    [0.975, 1.959963984540054],
    [0.01, -2.3263478740408408],
    [1e-6, -4.753424308822899],
  ])("Φ⁻¹(%f) = %f within Acklam's relative error 1.15e-9", (u, z) => {
    expect(Math.abs(inverseNormal(u) - z)).toBeLessThanOrEqual(1.15e-9 * Math.abs(z));
  });
});
