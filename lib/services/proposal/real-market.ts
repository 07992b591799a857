import type { DatasetKind } from "../../market/dataset-kinds";
import type { SleeveId } from "../../market/regions";
import { parseSlotKey, slotKey, type SnapshotArea, type SnapshotSegment } from "../../market/slots";
import type { ConstituentSnapshot, MonthlySeries, SleeveHistory } from "../../market/types";
import type { EpsEstimates } from "../../data/eps-estimates";
import type { DatasetRef, DatasetStamp, SleeveMethod, SleeveProvenance } from "./provenance";

/**
 * The demo market with a firm's activated real datasets laid over it (pure: the loader reads, this combines).
 * Every sleeve keeps the demo's series unless an activated dataset fills its `returns:` slot; every demo
 * segment keeps its synthetic snapshot unless a real snapshot fills a slot of the same area and tier (for
 * Korea, a KOSPI or KOSDAQ list replaces the demo's market-less one); `estimates:` slots add proxies.
 */

/** A dataset's row as the proposal needs it (lib/db DatasetMeta has these fields). */
export type DatasetInfo = { id: string; kind: DatasetKind; name: string; source: string; vintage: string; asOf: string | null; synthetic: boolean };

/** A built real series and how it was built. */
export type RealSeries = { series: MonthlySeries; method: SleeveMethod; smallCapShare?: number };

/** What a dataset's payload offers the proposal, once decoded and built (lib/services/proposal/contribution.ts). */
export type Contribution =
  | { kind: "returns"; series: Partial<Record<SleeveId, RealSeries>> }
  | { kind: "snapshots"; snapshots: readonly ConstituentSnapshot[] }
  | { kind: "estimates"; estimates: EpsEstimates }
  | { kind: "none" };

export type Activation = { slot: string; dataset: DatasetInfo; contribution: Contribution };

export type DemoMarket = {
  history: SleeveHistory;
  snapshots: readonly ConstituentSnapshot[];
  /** The demo datasets the history and snapshots came from (history first). */
  historyDataset: DatasetInfo;
  snapshotDatasets: readonly DatasetInfo[];
};

/** A snapshot standing for an evidence segment, and whether a real dataset filled it. */
export type MarketSegment = { slot: string; segment: SnapshotSegment; snapshot: ConstituentSnapshot; real: DatasetRef | null };

export type MarketEstimates = { area: SnapshotArea; ref: DatasetRef; asOf: string | null; estimates: EpsEstimates };

export type RealMarket = {
  history: SleeveHistory;
  sleeveSources: Partial<Record<SleeveId, SleeveProvenance>>;
  segments: MarketSegment[];
  estimates: MarketEstimates[];
  datasets: DatasetStamp[];
};

/** Sleeves with no public series in the app: labelled illustrative, not synthetic (no dataset could replace them yet). */
const ILLUSTRATIVE = new Set<SleeveId>(["BONDS", "KOREA_LARGE", "KOREA_SMALL"]);

export function demoProvenance(sleeve: SleeveId): SleeveProvenance {
  return ILLUSTRATIVE.has(sleeve) ? { kind: "illustrative" } : { kind: "synthetic" };
}

export const refOf = (d: DatasetInfo): DatasetRef => ({ datasetId: d.id, datasetName: d.name, source: d.source, vintage: d.vintage });

/** The demo's segment of a snapshot: its own when it has one, else its region × size. */
export function segmentOf(s: ConstituentSnapshot): SnapshotSegment {
  return s.segment ?? { area: s.region, tier: s.size, market: null };
}

/**
 * @example a firm with `returns:EUROPE_SMALL` filled from Europe_3_Factors and `snapshot:US:small` from IWM gets
 *   the demo history with EUROPE_SMALL replaced (provenance real, factor_decomposition), the IWM snapshot in
 *   place of the synthetic US small one, and a stamp listing the demo datasets and both real ones with their slots.
 */
export function withRealData(demo: DemoMarket, activations: readonly Activation[]): RealMarket {
  const series: Partial<Record<SleeveId, MonthlySeries>> = { ...demo.history.series };
  const sleeveSources: Partial<Record<SleeveId, SleeveProvenance>> = {};
  for (const sleeve of Object.keys(series) as SleeveId[]) sleeveSources[sleeve] = demoProvenance(sleeve);

  const used = new Map<string, { dataset: DatasetInfo; slots: string[] }>();
  const markUsed = (dataset: DatasetInfo, slot: string) => {
    const entry = used.get(dataset.id) ?? { dataset, slots: [] };
    entry.slots.push(slot);
    used.set(dataset.id, entry);
  };

  const realSegments: MarketSegment[] = [];
  const estimates: MarketEstimates[] = [];
  // Sorted by key, so the result does not depend on the order the database returned the activations in.
  for (const { slot: key, dataset, contribution } of [...activations].sort((a, b) => a.slot.localeCompare(b.slot))) {
    const slot = parseSlotKey(key);
    if (!slot) continue;
    if (slot.kind === "returns" && contribution.kind === "returns") {
      const real = contribution.series[slot.sleeve];
      if (!real) continue;
      series[slot.sleeve] = real.series;
      sleeveSources[slot.sleeve] = {
        kind: "real",
        ...refOf(dataset),
        currency: "USD",
        method: real.method,
        ...(real.smallCapShare !== undefined ? { smallCapShare: real.smallCapShare } : {}),
      };
      markUsed(dataset, key);
    } else if (slot.kind === "snapshot" && contribution.kind === "snapshots") {
      const wanted = slotKey(slot);
      const snapshot = contribution.snapshots.find((s) => slotKey({ kind: "snapshot", segment: segmentOf(s) }) === wanted) ?? contribution.snapshots[0];
      if (!snapshot) continue;
      realSegments.push({ slot: key, segment: slot.segment, snapshot: { ...snapshot, segment: slot.segment }, real: refOf(dataset) });
      markUsed(dataset, key);
    } else if (slot.kind === "estimates" && contribution.kind === "estimates") {
      estimates.push({ area: slot.area, ref: refOf(dataset), asOf: dataset.asOf, estimates: contribution.estimates });
      markUsed(dataset, key);
    }
  }

  const replaced = new Set(realSegments.map((s) => `${s.segment.area}:${s.segment.tier}`));
  const demoSegments: MarketSegment[] = demo.snapshots
    .map((snapshot) => ({ snapshot, segment: segmentOf(snapshot) }))
    .filter(({ segment }) => !replaced.has(`${segment.area}:${segment.tier}`))
    .map(({ snapshot, segment }) => ({ slot: slotKey({ kind: "snapshot", segment }), segment, snapshot, real: null }));

  const stamp = (d: DatasetInfo, slots: string[] | null): DatasetStamp => ({
    id: d.id, name: d.name, vintage: d.vintage, synthetic: d.synthetic, kind: d.kind, source: d.source, asOf: d.asOf, ...(slots ? { slots } : {}),
  });
  const demoStamps = [stamp(demo.historyDataset, null), ...(demoSegments.length > 0 ? demo.snapshotDatasets.map((d) => stamp(d, null)) : [])];
  const realStamps = [...used.values()].map(({ dataset, slots }) => stamp(dataset, slots));
  const anyDemoSeries = Object.values(sleeveSources).some((p) => p.kind !== "real");

  return {
    history: { source: demo.history.source, synthetic: demo.history.synthetic && anyDemoSeries, series },
    sleeveSources,
    segments: [...demoSegments, ...realSegments],
    estimates,
    datasets: [...demoStamps, ...realStamps],
  };
}
