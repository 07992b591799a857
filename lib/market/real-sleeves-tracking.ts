import { correlation, trackingError } from "../backtest/relative-stats";
import type { FrenchFactors } from "../data/french-factors";
import { frenchSeries, type FrenchFile } from "../data/french-size";
import { regionSleevesFromFactors, SMALL_CAP_SHARE } from "./real-sleeves";

/**
 * How well the factor decomposition (regionSleevesFromFactors) reproduces small and big returns that French
 * measures directly: the size × book-to-market portfolio files of the same region (Developed 6 = 2 × 3,
 * Developed 25 = 5 × 5). The measured small is the mean of the smallest size row's value-weighted portfolios
 * (SMALL LoBM, ME1 BM2, SMALL HiBM; in the 25 file ME1 BM1…BM5), the measured big that of the biggest row —
 * the same equal mix of the book-to-market columns that French's SMB takes within each size group.
 */

export type TrackingFigures = {
  /** Standard deviation (n − 1) of the monthly differences derived − measured, × √12. */
  trackingError: number;
  correlation: number;
  /** Mean monthly difference derived − measured, × 12. */
  meanDifference: number;
};

export type DecompositionTracking = {
  /** Size rows in the portfolio file: 2 (the 6 file) or 5 (the 25 file). */
  sizeGroups: number;
  smallColumns: string[];
  bigColumns: string[];
  smallCapShare: number;
  start: string;
  end: string;
  months: number;
  small: TrackingFigures;
  large: TrackingFigures;
};

/**
 * A portfolio column's size row: SMALL… is the first, BIG… the last, "MEk BMj" the k-th; null for another name.
 * French names the corner portfolios SMALL/BIG and the rest MEk BMj, so the last row's index is the largest k.
 */
function sizeRow(column: string, rows: number): number | null {
  if (column.startsWith("SMALL")) return 1;
  if (column.startsWith("BIG")) return rows;
  const m = /^ME(\d+)\s/.exec(column);
  return m ? Number(m[1]) : null;
}

/** The columns of the smallest and the biggest size row of a size × book-to-market file. */
export function sizeRowColumns(columns: readonly string[]): { sizeGroups: number; small: string[]; big: string[] } {
  const rows = Math.max(0, ...columns.map((c) => sizeRow(c, 0) ?? 0));
  const small = columns.filter((c) => sizeRow(c, rows) === 1);
  const big = columns.filter((c) => sizeRow(c, rows) === rows);
  if (rows < 2 || small.length === 0 || big.length === 0) throw new Error(`sizeRowColumns: not a size × book-to-market file (${columns.join(", ")})`);
  return { sizeGroups: rows, small, big };
}

function figures(derived: Float64Array, measured: Float64Array): TrackingFigures {
  const te = trackingError(derived, measured, 12);
  const corr = correlation(derived, measured);
  if (te === null || corr === null) throw new Error("decompositionTracking: fewer than 2 common months, or a constant series");
  const mean = derived.reduce((s, d, k) => s + d - (measured[k] ?? NaN), 0) / derived.length;
  return { trackingError: te, correlation: corr, meanDifference: mean * 12 };
}

/**
 * Derived small and big (from `factors`) against measured ones (from `portfolios`) over their common months.
 * @throws Error when the files share fewer than 2 months or the portfolio file is not a size × BE/ME one.
 * @example decompositionTracking(developed3Factors, developed6Portfolios) → { sizeGroups: 2, months: 406,
 *   small: { trackingError ≈ 0.01, correlation ≈ 0.998, … }, large: { … } }
 */
export function decompositionTracking(factors: FrenchFactors, portfolios: FrenchFile, smallShare: number = SMALL_CAP_SHARE): DecompositionTracking {
  const section = portfolios.sections.find((s) => s.kind === "vw" && s.frequency === "monthly");
  if (!section) throw new Error("decompositionTracking: the portfolio file has no monthly value-weighted section");
  const { sizeGroups, small: smallColumns, big: bigColumns } = sizeRowColumns(section.columns);
  const measuredMean = (columns: string[]) => {
    const series = columns.map((c) => frenchSeries(portfolios, "vw", c).returns);
    return Float64Array.from(section.periods, (_, i) => series.reduce((s, r) => s + (r[i] ?? NaN), 0) / series.length);
  };
  const measuredSmall = measuredMean(smallColumns);
  const measuredBig = measuredMean(bigColumns);
  const derived = regionSleevesFromFactors(factors, smallShare);
  const derivedIndex = new Map(derived.small.months.map((m, i) => [m, i]));
  // Months both files have, with every measured value present (the derived series has no gap by construction).
  const common = section.periods
    .map((month, i) => ({ month, i, j: derivedIndex.get(month) }))
    .filter((p): p is { month: string; i: number; j: number } => p.j !== undefined && Number.isFinite(measuredSmall[p.i]) && Number.isFinite(measuredBig[p.i]));
  if (common.length < 2) throw new Error("decompositionTracking: the files share fewer than 2 months");
  const pick = (values: Float64Array, key: "i" | "j") => Float64Array.from(common, (p) => values[p[key]] ?? NaN);
  return {
    sizeGroups,
    smallColumns,
    bigColumns,
    smallCapShare: smallShare,
    start: common[0]?.month ?? "",
    end: common.at(-1)?.month ?? "",
    months: common.length,
    small: figures(pick(derived.small.returns, "j"), pick(measuredSmall, "i")),
    large: figures(pick(derived.large.returns, "j"), pick(measuredBig, "i")),
  };
}
