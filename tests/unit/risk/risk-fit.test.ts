import { describe, expect, test } from "vitest";
import { RISK_FIT_BANDS } from "@/lib/allocation/parameters";
import { assessRiskFit } from "@/lib/risk";

describe("assessRiskFit", () => {
  // Bands given here so the checks are tested apart from the parameter values.
  const bands = [
    { maxVolatility: 0.05, minOneYearReturnP5: -0.05 },
    { maxVolatility: 0.1, minOneYearReturnP5: -0.1 },
  ];

  test.each([
    ["inside both limits", { annualVolatility: 0.08, oneYearReturnP5: -0.07 }, 2, true, [true, true]],
    ["exactly at both limits (inclusive)", { annualVolatility: 0.1, oneYearReturnP5: -0.1 }, 2, true, [true, true]],
    ["too volatile", { annualVolatility: 0.11, oneYearReturnP5: -0.07 }, 2, false, [false, true]],
    ["a bad year too deep", { annualVolatility: 0.04, oneYearReturnP5: -0.06 }, 1, false, [true, false]],
    ["both", { annualVolatility: 0.2, oneYearReturnP5: -0.3 }, 1, false, [false, false]],
  ])("%s", (_label, projection, tolerance, fits, oks) => {
    const fit = assessRiskFit(projection, tolerance, bands);
    const band = bands[tolerance - 1]!;
    expect(fit).toEqual({
      riskTolerance: tolerance,
      fits,
      checks: [
        { code: "volatility", value: projection.annualVolatility, limit: band.maxVolatility, ok: oks[0] },
        { code: "worst_year", value: projection.oneYearReturnP5, limit: band.minOneYearReturnP5, ok: oks[1] },
      ],
    });
  });

  test.each([0, 6, 2.5, Number.NaN])("refuses tolerance %s", (tolerance) => {
    expect(() => assessRiskFit({ annualVolatility: 0.1, oneYearReturnP5: -0.1 }, tolerance)).toThrow(/risk tolerance/);
  });

  test("refuses a figure that is not finite", () => {
    expect(() => assessRiskFit({ annualVolatility: Number.NaN, oneYearReturnP5: -0.1 }, 3)).toThrow(/finite/);
  });
});

describe("RISK_FIT_BANDS", () => {
  test("five bands, each tolerance allowing more volatility and a deeper bad year than the one below", () => {
    expect(RISK_FIT_BANDS).toHaveLength(5);
    RISK_FIT_BANDS.slice(1).forEach((band, i) => {
      expect(band.maxVolatility).toBeGreaterThan(RISK_FIT_BANDS[i]!.maxVolatility);
      expect(band.minOneYearReturnP5).toBeLessThan(RISK_FIT_BANDS[i]!.minOneYearReturnP5);
    });
  });

  test("the volatility ceilings cover the ladder's equity shares at long-run market figures", () => {
    // The parameters' reasoning, recomputed: equity share e (ladder + 5 points), equities 16%, bonds 5%,
    // correlation 0.1 → σ = √((16e)² + (5(1 − e))² + 2 · 0.1 · 16e · 5(1 − e)) percent.
    [0.3, 0.45, 0.6, 0.75, 0.9].forEach((e, i) => {
      const sigma = Math.sqrt((16 * e) ** 2 + (5 * (1 - e)) ** 2 + 2 * 0.1 * 16 * e * 5 * (1 - e)) / 100;
      expect(RISK_FIT_BANDS[i]!.maxVolatility).toBeGreaterThan(sigma);
      expect(RISK_FIT_BANDS[i]!.minOneYearReturnP5).toBeCloseTo(-1.2 * RISK_FIT_BANDS[i]!.maxVolatility, 1);
    });
  });
});
