import type { EpsEstimates } from "../../data/eps-estimates";
import { listDatasetRecords, readDatasetPayload, type DatasetRecord } from "../../db/datasets";
import { listReferenceFigures, type ReferenceFigureRecord } from "../../db/reference-figures";
import { estimateProxies, type EstimateProxies } from "../../metrics/estimate-proxies";
import { computeInformationGap } from "../../metrics/information-gap";
import type { InformationGapMetrics } from "../../metrics/types";
import type { ReferenceMetric } from "../../metrics/reference-figures";
import { slotKey, type SnapshotArea } from "../../market/slots";
import type { ConstituentSnapshot } from "../../market/types";
import { DECODED_PAYLOADS_KEPT, DecodedPayloads } from "../datasets/decoded-payloads";
import { estimatesFromPayload } from "../proposal/estimates-payload";
import { getGapSnapshotOrThrow } from "./gap-snapshots";

/** The estimates file a column's proxies came from, for its caption. */
export type GapEstimatesSource = { id: string; name: string; fileName: string | null; vintage: string };

export type GapColumn = {
  key: string;
  metrics: InformationGapMetrics;
  /** Proxies from the newest estimates dataset for the snapshot's area, when one is imported; else null. */
  proxies: { values: EstimateProxies; dataset: GapEstimatesSource } | null;
};

/** The metrics the article states figures for, beside which the page shows them (manager excess is not a snapshot metric). */
const COMPARED: readonly ReferenceMetric[] = ["top10Share", "largestWeight", "unprofitableShareByCount", "unprofitableShareByWeight", "analystMean"];

export type GapComparison = { columns: GapColumn[]; references: (ReferenceFigureRecord & { overridden: boolean })[] };

const areaOf = (s: ConstituentSnapshot): SnapshotArea => s.segment?.area ?? s.region;

/**
 * Information-gap metrics of each chosen snapshot side by side, with the article's reference figures (as the
 * firm's admins left them) and, where an estimates file is imported for a snapshot's area, the estimate proxies.
 * @throws AppError NOT_FOUND when any key is not a snapshot the firm sees (another firm's is the same as a missing one)
 * @example compareGapSnapshots({ firmId, keys: ["ck…a.0", "ck…b.3"] }) → { columns: [{ key: "ck…a.0", metrics, proxies: null }, …], references }
 */
export async function compareGapSnapshots(options: { firmId: string; keys: readonly string[] }): Promise<GapComparison> {
  const { firmId, keys } = options;
  const chosen = await Promise.all(keys.map((key) => getGapSnapshotOrThrow(firmId, key)));
  const [records, figures] = await Promise.all([listDatasetRecords(firmId), listReferenceFigures(firmId)]);
  const estimatesFor = newestEstimates(records);
  const columns: GapColumn[] = [];
  for (const [i, { snapshot }] of chosen.entries()) {
    const dataset = estimatesFor(areaOf(snapshot));
    const estimates = dataset ? await readEstimates(firmId, dataset) : null;
    columns.push({
      key: keys[i]!,
      metrics: computeInformationGap(snapshot),
      proxies: dataset && estimates ? { values: estimateProxies(snapshot, estimates), dataset: { id: dataset.id, name: dataset.name, fileName: dataset.fileName, vintage: dataset.vintage } } : null,
    });
  }
  return { columns, references: figures.filter((f) => COMPARED.includes(f.metric)) };
}

/** The newest estimates dataset that can fill an area's estimates slot (records are newest first). */
function newestEstimates(records: readonly DatasetRecord[]): (area: SnapshotArea) => DatasetRecord | null {
  return (area) => records.find((d) => d.kind === "estimates" && d.slots.includes(slotKey({ kind: "estimates", area }))) ?? null;
}

const estimatesCache = new DecodedPayloads<EpsEstimates>(DECODED_PAYLOADS_KEPT);

function readEstimates(firmId: string, d: DatasetRecord): Promise<EpsEstimates> {
  return estimatesCache.get(d.id, async () => estimatesFromPayload(d, await readDatasetPayload(firmId, d.id)));
}
