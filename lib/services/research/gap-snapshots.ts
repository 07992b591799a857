import { z } from "zod";
import { findDataset, listDatasetRecords, readDatasetPayload } from "../../db/datasets";
import { AppError } from "../../errors/app-error";
import { DECODED_PAYLOADS_KEPT, DecodedPayloads } from "../datasets/decoded-payloads";
import { snapshotsFromJson } from "../../market/stored-payloads";
import type { ConstituentSnapshot } from "../../market/types";

/**
 * The constituent snapshots a firm can compare on the information-gap page: its imported holdings and KRX lists
 * and the demo segments (global datasets). One dataset can hold several snapshots (the demo's twelve segments,
 * a whole-market KRX list split by size class), so a snapshot is named by `<datasetId>.<position>`: datasets
 * are immutable, so the position names the same snapshot for ever (a permalink).
 */

export const GAP_KEY = /^([A-Za-z0-9_-]{1,64})\.(\d{1,4})$/;
export const gapKeySchema = z.string().regex(GAP_KEY);

export type GapSnapshotOption = {
  key: string;
  label: string;
  source: string;
  asOf: string | null;
  synthetic: boolean;
  datasetName: string;
  constituents: number;
};

// Rows are immutable: a decoded payload is kept by id, read only after a firm-scoped lookup returned the row.
const decoded = new DecodedPayloads<ConstituentSnapshot[]>(DECODED_PAYLOADS_KEPT);

function snapshotsOf(firmId: string, datasetId: string): Promise<ConstituentSnapshot[]> {
  // A snapshots payload is ConstituentSnapshot[] as the importers wrote it (lib/market/stored-payloads.ts).
  return decoded.get(datasetId, async () => snapshotsFromJson((await readDatasetPayload(firmId, datasetId)) as ConstituentSnapshot | ConstituentSnapshot[]));
}

/** Every snapshot the firm sees, imported ones first (newest first), then the demo segments. */
export async function listGapSnapshots(firmId: string): Promise<GapSnapshotOption[]> {
  const sets = (await listDatasetRecords(firmId)).filter((d) => d.kind === "snapshots");
  const ordered = [...sets.filter((d) => !d.synthetic), ...sets.filter((d) => d.synthetic)];
  const options: GapSnapshotOption[] = [];
  for (const d of ordered) {
    (await snapshotsOf(firmId, d.id)).forEach((s, i) => {
      options.push({ key: `${d.id}.${i}`, label: s.label, source: s.source, asOf: s.asOf, synthetic: s.synthetic, datasetName: d.name, constituents: s.constituents.length });
    });
  }
  return options;
}

/**
 * One snapshot by key, if the firm sees its dataset.
 * @throws AppError NOT_FOUND for a key that names another firm's dataset, a missing one, one that holds no
 *   snapshots, or a position past its end (all the same answer)
 */
export async function getGapSnapshotOrThrow(firmId: string, key: string): Promise<{ snapshot: ConstituentSnapshot; datasetId: string }> {
  const m = GAP_KEY.exec(key);
  if (!m) throw new AppError("NOT_FOUND");
  const [, datasetId, position] = m as unknown as [string, string, string];
  const meta = await findDataset(firmId, datasetId);
  if (!meta || meta.kind !== "snapshots") throw new AppError("NOT_FOUND");
  const snapshot = (await snapshotsOf(firmId, datasetId))[Number(position)];
  if (!snapshot) throw new AppError("NOT_FOUND");
  return { snapshot, datasetId };
}
