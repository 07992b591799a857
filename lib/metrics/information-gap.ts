import type { ConstituentSnapshot } from "../market/types";
import { weightBreakdown } from "./breakdown";
import { effectiveHoldings, herfindahl, largestWeight, topNShare } from "./concentration";
import { analystCoverage } from "./coverage";
import { unprofitableShares } from "./profitability";
import { type InformationGapMetrics, type Metric, notAvailable, ok } from "./types";
import { normalisedWeights } from "./weights";

/**
 * The information-gap metrics of one constituent snapshot (domain.md §3): analyst coverage, concentration,
 * unprofitable share and country/sector weights, each tagged with the snapshot it came from. A metric whose
 * input is missing (no `analysts` or `profitable` column, an empty snapshot, all-zero weights) is
 * `not_available` with the reason, never 0. Weight-based metrics use weights renormalised to sum to 1
 * (see `normalisedWeights` for why).
 *
 * @throws RangeError when a weight or analyst count is negative or not finite.
 * @example three constituents weighing 0.5, 0.3, 0.2 → top10Share 1, largestWeight 0.5,
 *   herfindahl 0.38, effectiveHoldings ≈ 2.63; analysts "not_available" when `hasAnalysts` is false.
 */
export function computeInformationGap(snapshot: ConstituentSnapshot): InformationGapMetrics {
  const { constituents } = snapshot;
  const source = {
    snapshotId: snapshot.id,
    label: snapshot.label,
    source: snapshot.source,
    asOf: snapshot.asOf,
    synthetic: snapshot.synthetic,
    region: snapshot.region,
    size: snapshot.size,
  };
  const weights = normalisedWeights(constituents, "computeInformationGap");
  const analysts = analystCoverage(constituents, weights, snapshot.hasAnalysts);
  const unprofitable = unprofitableShares(constituents, weights, snapshot.hasProfitable);
  const missingWeights = constituents.length === 0 ? "empty_snapshot" : "zero_total_weight";
  const fromWeights = (f: (w: Float64Array) => number): Metric =>
    weights === null ? notAvailable(missingWeights) : ok(f(weights));
  const emptyOr = <T>(metric: Metric<T>): Metric<T> =>
    constituents.length === 0 ? notAvailable("empty_snapshot") : metric;

  return {
    source,
    constituentCount: constituents.length,
    analystMean: emptyOr(analysts.mean),
    analystMedian: emptyOr(analysts.median),
    top10Share: fromWeights((w) => topNShare(w)),
    largestWeight: fromWeights(largestWeight),
    herfindahl: fromWeights(herfindahl),
    effectiveHoldings: fromWeights(effectiveHoldings),
    unprofitableShareByCount: emptyOr(unprofitable.byCount),
    unprofitableShareByWeight: emptyOr(unprofitable.byWeight),
    byCountry: weightBreakdown(constituents, weights, (c) => c.country),
    bySector: weightBreakdown(constituents, weights, (c) => c.sector),
  };
}
