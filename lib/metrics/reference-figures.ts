import { z } from "zod";
import { REGIONS } from "../market/regions";

/**
 * The article's own figures (domain.md §1), shown next to the computed metrics with their source and date,
 * never as the app's results. The database seed loads `REFERENCE_FIGURES`; an admin edits them afterwards,
 * and every edit goes through `referenceFigureSchema`.
 */

const ARTICLE_SOURCE = "The asset manager's article 'Can we expect a small-cap rally?'";
const RUSSELL_VIA_ARTICLE = "Russell Investments, via the asset manager's article 'Can we expect a small-cap rally?'";
/**
 * The only date the article prints is "MSCI, Russell Investments, as of 2025-05-30" under its concentration
 * chart. Its other figures are undated, so that date stands in as the latest the article can be read as of.
 */
const ARTICLE_DATE = "2025-05-30";
const UNDATED_NOTE = "The article gives no date for this figure; 2025-05-30 is the only data date it prints.";

export const REFERENCE_METRICS = [
  "analystMean",
  "unprofitableShareByCount",
  "unprofitableShareByWeight",
  "largestWeight",
  "top10Share",
  "managerExcess",
] as const;

/** Messages are catalog keys (as in lib/validation), shown by the admin's form in the user's language. */
const REQUIRED = { error: "errors.required" };
const NUMBER = { error: "errors.invalidNumber" };
const CHOICE = { error: "errors.invalidChoice" };

export const referenceFigureSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9_]+$/, { error: "errors.figureKey" }),
    label: z.string(REQUIRED).min(1, REQUIRED),
    labelKo: z.string(REQUIRED).min(1, REQUIRED),
    /** The figure, or the low end of a range such as 15–20%. */
    value: z.number(NUMBER),
    /** The high end of a range; absent for a single figure. */
    valueHigh: z.number(NUMBER).optional(),
    /** How the source states it: "over 40%" is gt 0.4, "about 5.7" is approx 5.7. */
    comparator: z.enum(["gt", "lt", "approx", "eq"], CHOICE),
    /** "percent" values are decimal fractions (0.05 = 5%). */
    unit: z.enum(["count", "percent"], CHOICE),
    /** null when the source does not name a region (e.g. "large caps" in general). */
    region: z.enum(REGIONS, CHOICE).nullable(),
    size: z.enum(["large", "mid", "small"], CHOICE).nullable(),
    metric: z.enum(REFERENCE_METRICS, CHOICE),
    source: z.string(REQUIRED).min(1, REQUIRED),
    asOf: z.iso.date({ error: "errors.invalidDate" }),
    note: z.string().optional(),
  })
  .refine((f) => f.valueHigh === undefined || f.valueHigh > f.value, {
    error: "errors.rangeHighBelowLow",
    path: ["valueHigh"],
  })
  .refine((f) => f.unit !== "percent" || (Math.abs(f.value) <= 1 && Math.abs(f.valueHigh ?? 0) <= 1), {
    error: "errors.percentAsFraction",
    path: ["value"],
  });

export type ReferenceFigure = z.infer<typeof referenceFigureSchema>;
export type ReferenceMetric = ReferenceFigure["metric"];

export const REFERENCE_FIGURES: readonly ReferenceFigure[] = [
  {
    key: "analyst_coverage_large",
    label: "Analysts per stock, large caps (average)",
    labelKo: "대형주 종목당 애널리스트 수 (평균)",
    value: 16.4,
    comparator: "eq",
    unit: "count",
    region: null,
    size: "large",
    metric: "analystMean",
    source: ARTICLE_SOURCE,
    asOf: ARTICLE_DATE,
    note: UNDATED_NOTE,
  },
  {
    key: "analyst_coverage_small",
    label: "Analysts per stock, small caps (average)",
    labelKo: "소형주 종목당 애널리스트 수 (평균)",
    value: 5.7,
    comparator: "approx",
    unit: "count",
    region: null,
    size: "small",
    metric: "analystMean",
    source: ARTICLE_SOURCE,
    asOf: ARTICLE_DATE,
    note: UNDATED_NOTE,
  },
  {
    key: "unprofitable_count_us_small",
    label: "Unprofitable constituents of the US small-cap index, share by count",
    labelKo: "미국 소형주 지수 편입 종목 중 수익성 없는 기업 비율 (종목 수 기준)",
    value: 0.4,
    comparator: "gt",
    unit: "percent",
    region: "US",
    size: "small",
    metric: "unprofitableShareByCount",
    source: ARTICLE_SOURCE,
    asOf: ARTICLE_DATE,
    note: UNDATED_NOTE,
  },
  {
    key: "unprofitable_weight_us_small",
    label: "Unprofitable constituents of the US small-cap index, share of index weight",
    labelKo: "미국 소형주 지수 내 수익성 없는 기업의 지수 비중",
    value: 0.15,
    valueHigh: 0.2,
    comparator: "approx",
    unit: "percent",
    region: "US",
    size: "small",
    metric: "unprofitableShareByWeight",
    source: ARTICLE_SOURCE,
    asOf: ARTICLE_DATE,
    note: UNDATED_NOTE,
  },
  {
    key: "unprofitable_count_us_mid",
    label: "Unprofitable constituents of the US mid-cap index, share by count",
    labelKo: "미국 중형주 지수 편입 종목 중 수익성 없는 기업 비율 (종목 수 기준)",
    value: 0.2,
    comparator: "approx",
    unit: "percent",
    region: "US",
    size: "mid",
    metric: "unprofitableShareByCount",
    source: ARTICLE_SOURCE,
    asOf: ARTICLE_DATE,
    note: UNDATED_NOTE,
  },
  {
    key: "manager_excess_europe_small",
    label: "Median active-manager excess return vs benchmark, European small caps (5-year rolling average)",
    labelKo: "유럽 소형주 액티브 매니저의 기준 지수 대비 초과 수익률 중간값 (5년 평균)",
    value: 0.0067,
    comparator: "eq",
    unit: "percent",
    region: "EUROPE",
    size: "small",
    metric: "managerExcess",
    source: RUSSELL_VIA_ARTICLE,
    asOf: ARTICLE_DATE,
    note: UNDATED_NOTE,
  },
  {
    key: "manager_excess_japan_small",
    label: "Median active-manager excess return vs benchmark, Japanese small caps (5-year rolling average)",
    labelKo: "일본 소형주 액티브 매니저의 기준 지수 대비 초과 수익률 중간값 (5년 평균)",
    value: 0.031,
    comparator: "eq",
    unit: "percent",
    region: "JAPAN",
    size: "small",
    metric: "managerExcess",
    source: RUSSELL_VIA_ARTICLE,
    asOf: ARTICLE_DATE,
    note: UNDATED_NOTE,
  },
  {
    key: "smci_weight_r2000_growth_peak",
    label: "Super Micro Computer's weight in the Russell 2000 Growth Index at its 2024 peak",
    labelKo: "2024년 주가 정점 시 Russell 2000 Growth Index 내 Super Micro Computer(SMCI) 비중",
    value: 0.05,
    comparator: "lt",
    unit: "percent",
    region: "US",
    size: "small",
    metric: "largestWeight",
    source: ARTICLE_SOURCE,
    asOf: ARTICLE_DATE,
    note: "Measured at the stock's 2024 peak; the article gives the year only.",
  },
];

/**
 * The reference figures to show beside a computed metric of a region's snapshot: same metric, and the same
 * region or no region. Other sizes are kept on purpose: the article's point is the contrast (16.4 analysts
 * for large caps vs 5.7 for small caps; 40% unprofitable in small caps vs 20% in mid caps).
 * @example referenceFiguresFor(REFERENCE_FIGURES, "analystMean", "JAPAN") // both analyst-coverage figures
 */
export function referenceFiguresFor(
  figures: readonly ReferenceFigure[],
  metric: ReferenceMetric,
  region: ReferenceFigure["region"],
): ReferenceFigure[] {
  return figures.filter((f) => f.metric === metric && (f.region === null || f.region === region));
}
