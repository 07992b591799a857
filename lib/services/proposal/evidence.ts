import { latestSnapshots } from "../../allocation/market-inputs";
import { estimateProxies } from "../../metrics/estimate-proxies";
import { computeInformationGap } from "../../metrics/information-gap";
import { REGIONS, sleeveId } from "../../market/regions";
import { SNAPSHOT_AREAS, SNAPSHOT_TIERS, slotKey } from "../../market/slots";
import type { ConstituentSnapshot } from "../../market/types";
import type { InformationGapMetrics } from "../../metrics/types";
import type { EstimateProxyFigures, EvidenceSegment } from "./provenance";
import { segmentOf, type MarketEstimates, type MarketSegment } from "./real-market";
import type { ProposalView } from "./view-model";

/**
 * The information-gap evidence: the snapshot the model scored per region × size (`rows`, as older versions
 * showed it) and one row per segment present (`segments`), each with its source and, where an estimates file
 * is active for its area, the estimate proxies of its constituents.
 */
export function buildEvidence(
  snapshots: readonly ConstituentSnapshot[],
  marketSegments: readonly MarketSegment[] | undefined,
  estimates: readonly MarketEstimates[],
): { rows: ProposalView["evidence"]["rows"]; segments: EvidenceSegment[] } {
  const chosen = latestSnapshots(snapshots);
  // One computation per snapshot: the rows and the segments show the same metrics object.
  const computed = new Map<string, InformationGapMetrics>();
  const metricsOf = (s: ConstituentSnapshot) => {
    let m = computed.get(s.id);
    if (!m) computed.set(s.id, (m = computeInformationGap(s)));
    return m;
  };
  const rows = REGIONS.map((region) => {
    const small = chosen.get(sleeveId(region, "small"));
    const large = chosen.get(sleeveId(region, "large"));
    return { region, small: small ? metricsOf(small) : null, large: large ? metricsOf(large) : null };
  }).filter((r) => r.small || r.large);

  const modelIds = new Map([...chosen].map(([sleeve, s]) => [s.id, sleeve]));
  const source = marketSegments ?? snapshots.map((snapshot): MarketSegment => {
    const segment = segmentOf(snapshot);
    return { slot: slotKey({ kind: "snapshot", segment }), segment, snapshot, real: null };
  });
  const segments = source.map((s): EvidenceSegment => {
    const est = s.real ? estimates.find((e) => e.area === s.segment.area) : undefined;
    return {
      slot: s.slot,
      segment: s.segment,
      metrics: metricsOf(s.snapshot),
      provenance: s.real ? { kind: "real", ...s.real } : { kind: "synthetic" },
      modelSleeve: modelIds.get(s.snapshot.id) ?? null,
      // Estimates join real constituents by ticker; the demo's synthetic tickers would match nothing.
      proxies: est ? proxyFigures(s.snapshot, est) : null,
    };
  });
  return { rows, segments: segments.sort(bySegment) };
}

function proxyFigures(snapshot: ConstituentSnapshot, est: MarketEstimates): EstimateProxyFigures {
  const p = estimateProxies(snapshot, est.estimates);
  return {
    ...est.ref,
    asOf: est.asOf,
    constituents: p.constituents,
    matched: p.matched,
    matchRate: p.matchRate,
    negativeShareByCount: p.negativeShareByCount,
    negativeShareByWeight: p.negativeShareByWeight,
    noEstimateShareByCount: p.noEstimateShareByCount,
    noEstimateShareByWeight: p.noEstimateShareByWeight,
  };
}

/** Areas in the app's order, markets alphabetically (none first), tiers from large to micro. */
function bySegment(a: EvidenceSegment, b: EvidenceSegment): number {
  const area = SNAPSHOT_AREAS.indexOf(a.segment.area) - SNAPSHOT_AREAS.indexOf(b.segment.area);
  if (area !== 0) return area;
  const market = (a.segment.market ?? "").localeCompare(b.segment.market ?? "");
  if (market !== 0) return market;
  return SNAPSHOT_TIERS.indexOf(a.segment.tier) - SNAPSHOT_TIERS.indexOf(b.segment.tier);
}
