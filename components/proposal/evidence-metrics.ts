/** The information-gap metrics shown as evidence, in order, on the proposal page and in the PDF report. */
export type EvidenceMetricKey = "analystMean" | "top10Share" | "largestWeight" | "effectiveHoldings" | "unprofitableShareByCount" | "unprofitableShareByWeight";

export const EVIDENCE_METRICS: readonly { key: EvidenceMetricKey; percent: boolean }[] = [
  { key: "analystMean", percent: false },
  { key: "top10Share", percent: true },
  { key: "largestWeight", percent: true },
  { key: "effectiveHoldings", percent: false },
  { key: "unprofitableShareByCount", percent: true },
  { key: "unprofitableShareByWeight", percent: true },
];
