import type { EpsEstimates } from "../data/eps-estimates";
import type { ConstituentSnapshot } from "../market/types";
import { tickerKey } from "./ticker-key";

/** What estimateProxies returns: counts, shares (fractions; null when undefined) and where the inputs came from. */
export type EstimateProxies = {
  /** Names in the snapshot (lines grouped by ticker). */
  constituents: number;
  /** Names with a record in the calendar (its estimate may be null). */
  matched: number;
  counts: { negative: number; zero: number; positive: number; noEstimate: number };
  matchRate: number | null;
  matchRateByWeight: number | null;
  negativeShareByCount: number | null;
  negativeShareByWeight: number | null;
  noEstimateShareByCount: number | null;
  noEstimateShareByWeight: number | null;
  snapshot: { id: string; label: string; source: string; asOf: string | null };
  estimates: { records: number; firstReportDate: string | null; lastReportDate: string | null };
};

type Name = { weight: number; estimate: number | null | undefined };

/**
 * Proxies from a consensus-EPS calendar joined to a holdings snapshot by ticker (tickerKey: "BRK.B" = "BRK-B"
 * = "BRKB"). A negative consensus stands for an unprofitable company, a missing one (estimate null) for a
 * company no analyst covers. They are proxies, not the article's figures: a calendar lists only companies
 * reporting in its window, and one quarter's estimate is not a year's profit.
 *
 * Names: the snapshot's lines grouped by ticker key, weights summed. A second line of a company (ADRO and
 * "ADRO CVR" in IWM) carries the company's ticker, and its estimate is the company's, so it is counted once.
 * A line without a ticker ("-") is a name of its own that cannot match.
 *
 *   matchRate            = matched names / names;      matchRateByWeight = Σ w(matched) / Σ w(all)
 *   negativeShareByCount = #{estimate < 0} / matched;  byWeight = Σ w(estimate < 0) / Σ w(matched)
 *   noEstimateShare…     = the same with estimate null
 * Shares are over matched names (an unmatched name says nothing about its estimate), with weights
 * renormalised over them. A zero estimate (break-even) is neither negative nor missing. A figure whose
 * denominator is zero is null, never 0.
 *
 * @example names AAA (w 0.5, estimate -1), BBB (w 0.3, null), CCC (w 0.2, not in the calendar):
 *   matchRate 2/3, byWeight 0.8; negative 1/2 and 0.5/0.8 = 0.625; no estimate 1/2 and 0.3/0.8 = 0.375
 * @throws Error when a constituent's weight is negative or not finite.
 */
export function estimateProxies(snapshot: ConstituentSnapshot, estimates: EpsEstimates): EstimateProxies {
  const byKey = new Map<string, number | null>();
  for (const r of estimates.records) {
    const key = tickerKey(r.symbol);
    if (key !== null && !byKey.has(key)) byKey.set(key, r.estimate);
  }
  const names = groupByTicker(snapshot, byKey);
  const matched = names.filter((n) => n.estimate !== undefined);
  const weightOf = (list: readonly Name[]) => list.reduce((sum, n) => sum + n.weight, 0);
  const totalWeight = weightOf(names);
  const matchedWeight = weightOf(matched);
  const negative = matched.filter((n) => n.estimate !== null && n.estimate !== undefined && n.estimate < 0);
  const noEstimate = matched.filter((n) => n.estimate === null);
  const zero = matched.filter((n) => n.estimate === 0).length;
  const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);
  return {
    constituents: names.length,
    matched: matched.length,
    counts: { negative: negative.length, zero, positive: matched.length - negative.length - noEstimate.length - zero, noEstimate: noEstimate.length },
    matchRate: ratio(matched.length, names.length),
    matchRateByWeight: ratio(matchedWeight, totalWeight),
    negativeShareByCount: ratio(negative.length, matched.length),
    negativeShareByWeight: ratio(weightOf(negative), matchedWeight),
    noEstimateShareByCount: ratio(noEstimate.length, matched.length),
    noEstimateShareByWeight: ratio(weightOf(noEstimate), matchedWeight),
    snapshot: { id: snapshot.id, label: snapshot.label, source: snapshot.source, asOf: snapshot.asOf },
    estimates: { records: estimates.records.length, firstReportDate: estimates.firstReportDate, lastReportDate: estimates.lastReportDate },
  };
}

/** One entry per ticker key (weights summed) plus one per line without a ticker; estimate undefined = not in the calendar. */
function groupByTicker(snapshot: ConstituentSnapshot, byKey: ReadonlyMap<string, number | null>): Name[] {
  const grouped = new Map<string, Name>();
  const loose: Name[] = [];
  for (const c of snapshot.constituents) {
    if (!Number.isFinite(c.weight) || c.weight < 0) throw new Error(`estimateProxies: weight of ${c.ticker} is ${c.weight}`);
    const key = tickerKey(c.ticker);
    if (key === null) {
      loose.push({ weight: c.weight, estimate: undefined });
      continue;
    }
    const name = grouped.get(key);
    if (name) name.weight += c.weight;
    else grouped.set(key, { weight: c.weight, estimate: byKey.has(key) ? byKey.get(key) : undefined });
  }
  return [...grouped.values(), ...loose];
}
