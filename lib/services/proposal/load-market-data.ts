import { AppError } from "../../errors/app-error";
import { listDatasets, readDatasetPayload, type DatasetMeta } from "../../db/datasets";
import { listReferenceFigures } from "../../db/reference-figures";
import { sleeveHistoryFromJson, type SleeveHistoryJson } from "../../market/serialise";
import type { ConstituentSnapshot } from "../../market/types";
import type { SleeveId } from "../../market/regions";
import type { MarketData } from "./compose";

/** A sleeve-history dataset may carry the manager-excess assumptions that go with it (the synthetic market does). */
export type SleeveHistoryPayload = SleeveHistoryJson & { managerExcessAssumptions?: Partial<Record<SleeveId, number>> };

// Dataset rows are immutable (a new import is a new row), so a parsed payload can be kept by id.
const parsed = new Map<string, unknown>();

async function payload<T>(firmId: string, meta: DatasetMeta, decode: (raw: never) => T): Promise<T> {
  if (!parsed.has(meta.id)) parsed.set(meta.id, decode((await readDatasetPayload(firmId, meta.id)) as never));
  return parsed.get(meta.id) as T;
}

/**
 * The market data a firm's proposals use: the newest sleeve history, every constituent snapshot (the model
 * takes the latest per sleeve), and the reference figures as the firm's admins left them (defaults elsewhere).
 * @throws AppError NO_MARKET_DATA when no sleeve history has been loaded
 */
export async function loadMarketData(firmId: string): Promise<MarketData> {
  const [histories, snapshotSets, referenceFigures] = await Promise.all([
    listDatasets(firmId, "sleeve_history"),
    listDatasets(firmId, "snapshots"),
    listReferenceFigures(firmId),
  ]);
  const historyMeta = histories[0];
  if (!historyMeta) throw new AppError("NO_MARKET_DATA");
  const history = await payload(firmId, historyMeta, (raw: SleeveHistoryPayload) => ({
    history: sleeveHistoryFromJson(raw),
    managerExcess: raw.managerExcessAssumptions ?? {},
  }));
  const snapshots: ConstituentSnapshot[] = [];
  for (const meta of snapshotSets) snapshots.push(...(await payload(firmId, meta, (raw: ConstituentSnapshot[]) => raw)));

  return {
    history: history.history,
    snapshots,
    referenceFigures,
    managerExcessAssumptions: history.managerExcess,
    datasets: [historyMeta, ...snapshotSets].map((d) => ({ id: d.id, name: d.name, vintage: d.vintage, synthetic: d.synthetic })),
  };
}
