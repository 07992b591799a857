import { type EquitySleeveId, type SleeveId, sleeveId } from "../market/regions";
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
 * constituent snapshots (one per region × size: when several snapshots cover a sleeve, the latest `asOf`
 * wins, then the larger id, so the choice does not depend on the order given), plus the manager excess,
 * fees and market weights the caller supplies.
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

/** One snapshot per sleeve: the latest `asOf`, then the larger id, whatever the order given. */
export function latestSnapshots(snapshots: readonly ConstituentSnapshot[]): Map<EquitySleeveId, ConstituentSnapshot> {
  const latest = new Map<EquitySleeveId, ConstituentSnapshot>();
  for (const snap of snapshots) {
    const sleeve = sleeveId(snap.region, snap.size);
    const current = latest.get(sleeve);
    if (current === undefined || newer(snap, current)) latest.set(sleeve, snap);
  }
  return latest;
}

function newer(a: ConstituentSnapshot, b: ConstituentSnapshot): boolean {
  const dateA = a.asOf ?? "";
  const dateB = b.asOf ?? "";
  return dateA !== dateB ? dateA > dateB : a.id > b.id;
}
