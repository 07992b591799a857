import { type EquitySleeveId, type SleeveId, sleeveId } from "../market/regions";
import { sleeveOfSegment } from "../market/slots";
import type { ConstituentSnapshot, SleeveHistory } from "../market/types";
import { computeInformationGap } from "../metrics/information-gap";
import type { ReferenceFigure } from "../metrics/reference-figures";
import type { InformationGapMetrics, Metric } from "../metrics/types";
import { sleeveStats } from "./sleeve-stats";
import type { GapSummary, MarketInputs } from "./types";

const valueOf = (m: Metric): number | null => (m.status === "ok" ? m.value : null);

/** The three figures the model scores, null where the snapshot could not provide them. */
export function summariseGap(metrics: InformationGapMetrics): GapSummary {
  return {
    analystMean: valueOf(metrics.analystMean),
    top10Share: valueOf(metrics.top10Share),
    unprofitableShareByCount: valueOf(metrics.unprofitableShareByCount),
  };
}

/**
 * Expected manager excess per sleeve from the (admin-edited) reference figures with metric "managerExcess"
 * and a region and size: a range counts at its midpoint; "over"/"under" figures at their stated bound.
 * Sleeves without a figure get none, and the model keeps them passive rather than guess.
 * @example the seeded figures → { EUROPE_SMALL: 0.0067, JAPAN_SMALL: 0.031 }
 */
export function managerExcessFromReferenceFigures(figures: readonly ReferenceFigure[]): Partial<Record<SleeveId, number>> {
  const excess: Partial<Record<SleeveId, number>> = {};
  for (const f of figures) {
    if (f.metric !== "managerExcess" || f.region === null || (f.size !== "large" && f.size !== "small")) continue;
    excess[sleeveId(f.region, f.size)] = f.valueHigh === undefined ? f.value : (f.value + f.valueHigh) / 2;
  }
  return excess;
}

/**
 * Market inputs from the app's data: sleeve statistics from the return history, gap summaries from the
 * constituent snapshots (one per sleeve, chosen by `latestSnapshots`), plus the manager excess, fees and
 * market weights the caller supplies.
 */
export function marketInputsFrom(options: {
  history: SleeveHistory;
  snapshots: readonly ConstituentSnapshot[];
  managerExcess: MarketInputs["managerExcess"];
  fees: MarketInputs["fees"];
  globalSmallCapWeights: MarketInputs["globalSmallCapWeights"];
  globalLargeCapWeights: MarketInputs["globalLargeCapWeights"];
}): MarketInputs {
  const gapMetrics: MarketInputs["gapMetrics"] = {};
  for (const [sleeve, snap] of latestSnapshots(options.snapshots)) {
    gapMetrics[sleeve] = summariseGap(computeInformationGap(snap));
  }
  return {
    sleeveStats: sleeveStats(options.history),
    gapMetrics,
    managerExcess: options.managerExcess,
    fees: options.fees,
    globalSmallCapWeights: options.globalSmallCapWeights,
    globalLargeCapWeights: options.globalLargeCapWeights,
  };
}

/**
 * Korea has two markets, each with large, mid and small tiers (KRX size indices). The model scores one
 * snapshot per sleeve: KOSDAQ's small tier for Korean small caps (where Korea's small, young and thinly
 * covered firms list, the information gap the model's active rule looks for) and KOSPI's large tier for Korean
 * large caps (the blue chips a Korean large-cap index holds). Another market's list stands in when the
 * preferred one is absent.
 */
export const PREFERRED_MARKET: Partial<Record<EquitySleeveId, string>> = { KOREA_SMALL: "KOSDAQ", KOREA_LARGE: "KOSPI" };

/**
 * One snapshot per sleeve, whatever the order given: a snapshot counts for the sleeve of its segment
 * (mid and micro tiers and developed-world indices count for none); among several, the preferred market
 * first (PREFERRED_MARKET), then the latest `asOf`, then the larger id.
 */
export function latestSnapshots(snapshots: readonly ConstituentSnapshot[]): Map<EquitySleeveId, ConstituentSnapshot> {
  const latest = new Map<EquitySleeveId, ConstituentSnapshot>();
  for (const snap of snapshots) {
    const sleeve = modelSleeveOf(snap);
    if (sleeve === null) continue;
    const current = latest.get(sleeve);
    if (current === undefined || preferred(snap, current, PREFERRED_MARKET[sleeve])) latest.set(sleeve, snap);
  }
  return latest;
}

/** The sleeve a snapshot can stand for in the model, or null. */
export function modelSleeveOf(snap: ConstituentSnapshot): EquitySleeveId | null {
  if (!snap.segment) return sleeveId(snap.region, snap.size);
  const sleeve = sleeveOfSegment(snap.segment);
  return sleeve === null || sleeve === "BONDS" || sleeve === "CASH" ? null : sleeve;
}

function preferred(a: ConstituentSnapshot, b: ConstituentSnapshot, market: string | undefined): boolean {
  const inA = market !== undefined && a.segment?.market === market;
  const inB = market !== undefined && b.segment?.market === market;
  return inA !== inB ? inA : newer(a, b);
}

function newer(a: ConstituentSnapshot, b: ConstituentSnapshot): boolean {
  const dateA = a.asOf ?? "";
  const dateB = b.asOf ?? "";
  return dateA !== dateB ? dateA > dateB : a.id > b.id;
}
