import { describe, expect, it } from "vitest";
import { parseFrenchFactors, type FrenchFactors } from "@/lib/data/french-factors";
import { parseFrenchFile, type FrenchFile } from "@/lib/data/french-size";
import { decompositionTracking, sizeRowColumns } from "@/lib/market/real-sleeves-tracking";
import { describeWithSharedData, hasSharedData, readShared } from "@/tests/helpers/shared-data";

const read = (file: string) => (hasSharedData ? readShared(`french/${file}`) : "");

function developedFactors(): FrenchFactors {
  const result = parseFrenchFactors(read("Developed_3_Factors_202512.csv"), "Developed_3_Factors_202512.csv");
  if (!result.ok) throw new Error("not parsed");
  return result.value;
}

function portfolios(file: string): FrenchFile {
  const result = parseFrenchFile(read(file));
  if (!result.ok) throw new Error("not parsed");
  return result.value;
}

/** The rows of the first section after the first header of a raw file, keyed by period, in percent (a plain line walk). */
function firstSection(text: string): Map<string, number[]> {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim().startsWith(","));
  const rows = new Map<string, number[]>();
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === "") break;
    const [period, ...cells] = line.split(",");
    rows.set((period ?? "").trim(), cells.map(Number));
  }
  return rows;
}

function sampleStdev(xs: number[]): number {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  return Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1));
}

describe("sizeRowColumns", () => {
  it("finds the smallest and biggest size rows of the 2 × 3 and 5 × 5 layouts", () => {
    expect(sizeRowColumns(["SMALL LoBM", "ME1 BM2", "SMALL HiBM", "BIG LoBM", "ME2 BM2", "BIG HiBM"])).toEqual({
      sizeGroups: 2,
      small: ["SMALL LoBM", "ME1 BM2", "SMALL HiBM"],
      big: ["BIG LoBM", "ME2 BM2", "BIG HiBM"],
    });
    const five = ["SMALL LoBM", "ME1 BM2", "ME2 BM1", "ME4 BM5", "ME5 BM3", "BIG HiBM"];
    expect(sizeRowColumns(five)).toEqual({ sizeGroups: 5, small: ["SMALL LoBM", "ME1 BM2"], big: ["ME5 BM3", "BIG HiBM"] });
    expect(() => sizeRowColumns(["Lo 30", "Hi 30"])).toThrow(/not a size × book-to-market file/);
  });
});

/**
 * The factor decomposition (Rb = Rm − 0.1·SMB, Rs = Rb + SMB) on Developed_3_Factors (202512) against the
 * small and big returns French measures in the Developed 6 (202404) and 25 (202507) portfolio files.
 *
 * Bounds, and why:
 * - 6 file: the measured small and big are the equal mixes of the SMALL and BIG value-weighted portfolios,
 *   whose difference is French's 3-factor SMB itself, so the derived series differ from them only through
 *   the market identity (French's Rm covers every stock by value; 0.1·small + 0.9·big mixes book-to-market
 *   columns equally) and the two vintages' revisions. Measured: 0.99% a year for both, correlation 0.998.
 *   Bound 1.5% a year, a tenth of the market's 15% volatility and under a quarter of SMB's 6.8%; a wrong
 *   share, sign or month alignment gives several percent.
 * - 25 file: the size quintiles split the cap unevenly (the file's firm counts × average sizes give ME1 2.7%
 *   and ME5 76% of it on average). ME5 stands for big stocks like the derived big (the top 90%): measured
 *   1.49%, bound 2.5%. ME1 is only the smallest ~3% of the cap, a smaller-stock portfolio than the bottom 10%
 *   the decomposition describes: measured 3.48%, bound 5% and correlation above 0.97.
 */
describeWithSharedData("tracking of the factor decomposition against French's measured small and big (real files)", () => {
  it("Developed 6: 406 months 1990-07…2024-04, tracking error below 1.5% a year for small and big", () => {
    const t = decompositionTracking(developedFactors(), portfolios("Developed_6_Portfolios_ME_BE-ME.csv"));
    expect([t.sizeGroups, t.start, t.end, t.months, t.smallCapShare]).toEqual([2, "1990-07", "2024-04", 406, 0.1]);
    expect(t.small.trackingError).toBeLessThan(0.015);
    expect(t.large.trackingError).toBeLessThan(0.015);
    expect(t.small.correlation).toBeGreaterThan(0.995);
    expect(t.large.correlation).toBeGreaterThan(0.995);
  });

  it("Developed 6: the same tracking errors by an independent computation from the raw lines", () => {
    const factorRows = firstSection(read("Developed_3_Factors_202512.csv"));
    const portfolioRows = firstSection(read("Developed_6_Portfolios_ME_BE-ME.csv"));
    const dSmall: number[] = [];
    const dBig: number[] = [];
    for (const [period, p] of portfolioRows) {
      const f = factorRows.get(period);
      if (!f) continue;
      const [mktRf = NaN, smb = NaN, , rf = NaN] = f;
      const big = mktRf + rf - 0.1 * smb;
      const small = big + smb;
      // Columns: SMALL LoBM, ME1 BM2, SMALL HiBM, BIG LoBM, ME2 BM2, BIG HiBM (percent).
      dSmall.push((small - ((p[0] ?? NaN) + (p[1] ?? NaN) + (p[2] ?? NaN)) / 3) / 100);
      dBig.push((big - ((p[3] ?? NaN) + (p[4] ?? NaN) + (p[5] ?? NaN)) / 3) / 100);
    }
    const t = decompositionTracking(developedFactors(), portfolios("Developed_6_Portfolios_ME_BE-ME.csv"));
    expect(dSmall).toHaveLength(406);
    expect(t.small.trackingError).toBeCloseTo(sampleStdev(dSmall) * Math.sqrt(12), 12);
    expect(t.large.trackingError).toBeCloseTo(sampleStdev(dBig) * Math.sqrt(12), 12);
    expect(t.small.meanDifference).toBeCloseTo((dSmall.reduce((s, x) => s + x, 0) / dSmall.length) * 12, 12);
  });

  it("Developed 25: 421 months 1990-07…2025-07; big vs ME5 below 2.5% a year, small vs ME1 below 5%", () => {
    const t = decompositionTracking(developedFactors(), portfolios("Developed_25_Portfolios_ME_BE-ME_202507.csv"));
    expect([t.sizeGroups, t.start, t.end, t.months]).toEqual([5, "1990-07", "2025-07", 421]);
    expect(t.smallColumns).toEqual(["SMALL LoBM", "ME1 BM2", "ME1 BM3", "ME1 BM4", "SMALL HiBM"]);
    expect(t.bigColumns).toEqual(["BIG LoBM", "ME5 BM2", "ME5 BM3", "ME5 BM4", "BIG HiBM"]);
    expect(t.large.trackingError).toBeLessThan(0.025);
    expect(t.large.correlation).toBeGreaterThan(0.99);
    expect(t.small.trackingError).toBeLessThan(0.05);
    expect(t.small.correlation).toBeGreaterThan(0.97);
  });
});
