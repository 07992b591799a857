import { AppError } from "../../errors/app-error";
import { activeDatasetsBySlot } from "../../db/dataset-activation";
import { listDatasets, readDatasetPayload, type DatasetMeta } from "../../db/datasets";
import { listReferenceFigures } from "../../db/reference-figures";
import { sleeveHistoryFromJson, type SleeveHistoryJson } from "../../market/serialise";
import { snapshotsFromJson } from "../../market/stored-payloads";
import type { ConstituentSnapshot } from "../../market/types";
import type { SleeveId } from "../../market/regions";
import type { MarketData } from "./compose";
import { DECODED_PAYLOADS_KEPT, DecodedPayloads } from "../datasets/decoded-payloads";
import { contributionOf } from "./contribution";
import { withRealData, type Activation, type Contribution, type DatasetInfo } from "./real-market";

/** A sleeve-history dataset may carry the manager-excess assumptions that go with it (the synthetic market does). */
export type SleeveHistoryPayload = SleeveHistoryJson & { managerExcessAssumptions?: Partial<Record<SleeveId, number>> };

// Dataset rows are immutable (a new import is a new row), so what a payload decodes and builds to can be kept
// by id. Activations are read on every call: they change when an admin activates a dataset.
const parsed = new DecodedPayloads<unknown>(DECODED_PAYLOADS_KEPT);

async function cached<T>(firmId: string, meta: DatasetMeta, decode: (raw: never) => T): Promise<T> {
  return (await parsed.get(meta.id, async () => decode((await readDatasetPayload(firmId, meta.id)) as never))) as T;
}

const infoOf = (m: DatasetMeta): DatasetInfo => ({ id: m.id, kind: m.kind, name: m.name, source: m.source, vintage: m.vintage, asOf: m.asOf, synthetic: m.synthetic });

/**
 * The market data a firm's proposals use: the demo market (the newest sleeve history and the synthetic
 * constituent snapshots) with every slot the firm activated filled from its real dataset (real-market.ts),
 * and the reference figures as the firm's admins left them (defaults elsewhere). A real dataset that is
 * imported but not activated changes nothing: uploading never silently changes live proposals.
 * @throws AppError NO_MARKET_DATA when no sleeve history has been loaded
 */
export async function loadMarketData(firmId: string): Promise<MarketData> {
  const [histories, snapshotSets, active, referenceFigures] = await Promise.all([
    listDatasets(firmId, "sleeve_history"),
    listDatasets(firmId, "snapshots"),
    activeDatasetsBySlot(firmId),
    listReferenceFigures(firmId),
  ]);
  const historyMeta = histories[0];
  if (!historyMeta) throw new AppError("NO_MARKET_DATA");
  const history = await cached(firmId, historyMeta, (raw: SleeveHistoryPayload) => ({
    history: sleeveHistoryFromJson(raw),
    managerExcess: raw.managerExcessAssumptions ?? {},
  }));
  const demoSnapshotSets = snapshotSets.filter((d) => d.synthetic);
  const snapshots: ConstituentSnapshot[] = [];
  for (const meta of demoSnapshotSets) snapshots.push(...(await cached(firmId, meta, (raw: ConstituentSnapshot[]) => snapshotsFromJson(raw))));

  const activations: Activation[] = [];
  for (const [slot, meta] of active) {
    const contribution = await cached(firmId, meta, (raw: unknown): Contribution => contributionOf(infoOf(meta), raw));
    activations.push({ slot, dataset: infoOf(meta), contribution });
  }
  const real = withRealData(
    { history: history.history, snapshots, historyDataset: infoOf(historyMeta), snapshotDatasets: demoSnapshotSets.map(infoOf) },
    activations,
  );
  return {
    history: real.history,
    snapshots: real.segments.map((s) => s.snapshot),
    referenceFigures,
    managerExcessAssumptions: history.managerExcess,
    datasets: real.datasets,
    sleeveSources: real.sleeveSources,
    segments: real.segments,
    estimates: real.estimates,
  };
}
