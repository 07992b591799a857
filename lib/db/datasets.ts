import { db } from "./prisma";
import type { Tx } from "./activity";
import type { DatasetKind } from "../market/dataset-kinds";
import { parseSlotList } from "../market/slots";

export type { DatasetKind } from "../market/dataset-kinds";

export type DatasetMeta = {
  id: string;
  kind: DatasetKind;
  name: string;
  source: string;
  vintage: string;
  asOf: string | null;
  synthetic: boolean;
  createdAt: Date;
  /** Optional so view-model fixtures written before real data keep compiling; always set when read from here. */
  fileName?: string | null;
  rowCount?: number;
};

/** A dataset as the admin data page lists it: its meta, what it can fill, and who imported it. */
export type DatasetRecord = DatasetMeta & {
  firmId: string | null;
  fileName: string | null;
  rowCount: number;
  slots: string[];
  importedByName: string | null;
};

export const metaSelect = {
  id: true,
  kind: true,
  name: true,
  source: true,
  vintage: true,
  asOf: true,
  synthetic: true,
  createdAt: true,
  fileName: true,
  rowCount: true,
} as const;

type MetaRow = { [K in keyof typeof metaSelect]: K extends "kind" ? string : K extends "fileName" ? string | null : K extends "rowCount" ? number : DatasetMeta[K] };

/** Kinds are written only from lib/market/dataset-kinds.ts, so the stored string is one of them. */
export function toMeta(row: MetaRow): DatasetMeta {
  return { ...row, kind: row.kind as DatasetKind };
}

export type NewDataset = Omit<DatasetMeta, "id" | "createdAt" | "fileName" | "rowCount"> & {
  firmId: string | null;
  payload: unknown;
  /** Columnar payload (panels); JSON payload stays "{}" then. */
  blob?: Uint8Array | null;
  rowCount?: number;
  fileName?: string | null;
  slots?: readonly string[];
  importedById?: string | null;
};

function createData(input: NewDataset) {
  const { payload, blob, slots, ...meta } = input;
  return {
    ...meta,
    payload: JSON.stringify(payload),
    // A view of the same memory: Prisma sends it as is (Uint8Array.from would copy byte by byte).
    ...(blob ? { blob: new Uint8Array(blob.buffer as ArrayBuffer, blob.byteOffset, blob.byteLength) } : {}),
    slots: (slots ?? []).join(","),
  };
}

export async function insertDataset(input: NewDataset): Promise<DatasetMeta> {
  return toMeta(await db.dataset.create({ data: createData(input), select: metaSelect }));
}

/** The same insert inside a caller's transaction (an import and its activity row, lib/db/dataset-activation.ts). */
export async function insertDatasetTx(tx: Tx, input: NewDataset): Promise<DatasetMeta> {
  return toMeta(await tx.dataset.create({ data: createData(input), select: metaSelect }));
}

/** Datasets visible to a firm: its own and the global (firm-less) ones, newest first. */
export async function listDatasets(firmId: string, kind?: DatasetKind): Promise<DatasetMeta[]> {
  const rows = await db.dataset.findMany({
    where: { OR: [{ firmId }, { firmId: null }], ...(kind ? { kind } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: metaSelect,
  });
  return rows.map(toMeta);
}

/** Every dataset a firm sees, with its slots and importer, newest first: the admin data page's table. */
export async function listDatasetRecords(firmId: string): Promise<DatasetRecord[]> {
  const rows = await db.dataset.findMany({
    where: { OR: [{ firmId }, { firmId: null }] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { ...metaSelect, firmId: true, slots: true, importedBy: { select: { name: true } } },
  });
  return rows.map(({ slots, importedBy, firmId: owner, ...row }) => ({
    ...toMeta(row),
    firmId: owner,
    fileName: row.fileName,
    rowCount: row.rowCount,
    slots: parseSlotList(slots),
    importedByName: importedBy?.name ?? null,
  }));
}

/** One dataset the firm sees, or null (another firm's id reads as absent). */
export async function findDataset(firmId: string, id: string): Promise<(DatasetMeta & { firmId: string | null; slots: string[] }) | null> {
  const row = await db.dataset.findFirst({ where: { id, OR: [{ firmId }, { firmId: null }] }, select: { ...metaSelect, firmId: true, slots: true } });
  if (!row) return null;
  const { slots, firmId: owner, ...meta } = row;
  return { ...toMeta(meta), firmId: owner, slots: parseSlotList(slots) };
}

export async function readDatasetPayload(firmId: string, id: string): Promise<unknown> {
  const row = await db.dataset.findFirst({ where: { id, OR: [{ firmId }, { firmId: null }] }, select: { payload: true } });
  return row ? JSON.parse(row.payload) : null;
}

/** A panel's columnar payload, or null when absent, another firm's, or not stored as a blob. */
export async function readDatasetBlob(firmId: string, id: string): Promise<Uint8Array | null> {
  const row = await db.dataset.findFirst({ where: { id, OR: [{ firmId }, { firmId: null }] }, select: { blob: true } });
  return row?.blob ? new Uint8Array(row.blob) : null;
}

/** Whether a global (firm-less) dataset of this name and vintage is stored: the demo seed's check, which a firm's own import of the same name must not answer. */
export async function globalDatasetExists(name: string, vintage: string): Promise<boolean> {
  return (await db.dataset.count({ where: { name, vintage, firmId: null } })) > 0;
}
