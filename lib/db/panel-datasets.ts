import { db } from "./prisma";
import type { ActivityEntry } from "./activity";
import { readBlobColumn, writeBlobColumn } from "./blob-column";
import { metaSelect, toMeta, type DatasetMeta } from "./datasets";

/** What a stored panel covers, kept as its JSON payload so a list needs no blob (lib/data/panel-blob.ts summary). */
export type PanelSummary = { securities: number; periods: number; firstDate: string | null; lastDate: string | null };

export type PanelDataset = DatasetMeta & { rowCount: number; summary: PanelSummary };

export type NewPanelDataset = {
  firmId: string;
  importedById: string | null;
  name: string;
  source: string;
  vintage: string;
  fileName: string | null;
  blob: Uint8Array;
  rowCount: number;
  summary: PanelSummary;
};

/**
 * Stores a panel for one firm: the row and the importer's activity row in one transaction, then its columns
 * through the driver (lib/db/blob-column.ts: Prisma takes seconds over a large blob). Until the columns are in,
 * the row has no blob and no panel query lists it; if writing them fails, the row and its activity row are
 * removed again, so a failed import leaves nothing. Panels fill no proposal slot (nothing is activated).
 */
export async function insertPanelDataset(input: NewPanelDataset): Promise<PanelDataset> {
  const { blob, summary, importedById, ...rest } = input;
  const { row, activityId } = await db.$transaction(async (tx) => {
    const row = await tx.dataset.create({
      data: { ...rest, kind: "panel", asOf: summary.lastDate, synthetic: false, payload: JSON.stringify(summary), importedById },
      select: metaSelect,
    });
    if (!importedById) return { row, activityId: null };
    // recordActivity's row, created here so its id is known if the columns cannot be written and it must go.
    const entry: ActivityEntry = { advisorId: importedById, kind: "dataset_imported", summary: `${rest.name} (panel, ${rest.rowCount} rows)`, clientId: null };
    const activity = await tx.activity.create({ data: entry, select: { id: true } });
    return { row, activityId: activity.id };
  });
  try {
    if (!(await writeBlobColumn(row.id, blob))) throw new Error(`insertPanelDataset: dataset ${row.id} vanished before its columns were written`);
  } catch (error) {
    await db.$transaction([db.dataset.deleteMany({ where: { id: row.id } }), ...(activityId ? [db.activity.deleteMany({ where: { id: activityId } })] : [])]);
    throw error;
  }
  return { ...toMeta(row), rowCount: rest.rowCount, summary };
}

const SUMMARY_FALLBACK: PanelSummary = { securities: 0, periods: 0, firstDate: null, lastDate: null };

function summaryOf(payload: string): PanelSummary {
  try {
    const value = JSON.parse(payload) as Partial<PanelSummary>;
    return {
      securities: typeof value.securities === "number" ? value.securities : 0,
      periods: typeof value.periods === "number" ? value.periods : 0,
      firstDate: typeof value.firstDate === "string" ? value.firstDate : null,
      lastDate: typeof value.lastDate === "string" ? value.lastDate : null,
    };
  } catch {
    return SUMMARY_FALLBACK;
  }
}

/** The panels a firm sees (its own and global ones) that hold columns, newest first: the research page's choices. */
export async function listPanelDatasets(firmId: string): Promise<PanelDataset[]> {
  const rows = await db.dataset.findMany({
    where: { kind: "panel", OR: [{ firmId }, { firmId: null }], NOT: { blob: null } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { ...metaSelect, payload: true },
  });
  return rows.map(({ payload, ...row }) => ({ ...toMeta(row), rowCount: row.rowCount, summary: summaryOf(payload) }));
}

/** One panel the firm sees, without its columns; null when absent, another firm's, or not a panel. */
export async function findPanelDataset(firmId: string, id: string): Promise<PanelDataset | null> {
  const row = await db.dataset.findFirst({
    where: { id, kind: "panel", OR: [{ firmId }, { firmId: null }], NOT: { blob: null } },
    select: { ...metaSelect, payload: true },
  });
  if (!row) return null;
  const { payload, ...meta } = row;
  return { ...toMeta(meta), rowCount: meta.rowCount, summary: summaryOf(payload) };
}

/**
 * A panel's columns by dataset id alone, for trusted callers: a job runner (the id comes from a job row checked
 * against the firm when it was created) and the operator's CLI. Never call it with an id from a request.
 */
export async function readPanelBlobById(datasetId: string): Promise<Uint8Array | null> {
  return readBlobColumn({ id: datasetId, kind: "panel" });
}

/** A panel's columns, firm-checked: null when absent, another firm's, or not a panel. */
export async function readPanelBlob(firmId: string, id: string): Promise<Uint8Array | null> {
  return readBlobColumn({ id, kind: "panel", firmId });
}
