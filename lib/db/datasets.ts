import { db } from "./prisma";

export type DatasetKind = "sleeve_history" | "snapshots" | "panel";

export type DatasetMeta = {
  id: string;
  kind: DatasetKind;
  name: string;
  source: string;
  vintage: string;
  asOf: string | null;
  synthetic: boolean;
  createdAt: Date;
};

const metaSelect = { id: true, kind: true, name: true, source: true, vintage: true, asOf: true, synthetic: true, createdAt: true };

export async function insertDataset(input: Omit<DatasetMeta, "id" | "createdAt"> & { firmId: string | null; payload: unknown }) {
  const { payload, ...meta } = input;
  return db.dataset.create({ data: { ...meta, payload: JSON.stringify(payload) }, select: metaSelect });
}

/** Datasets visible to a firm: its own and the global (firm-less) ones, newest first. */
export async function listDatasets(firmId: string, kind?: DatasetKind): Promise<DatasetMeta[]> {
  const rows = await db.dataset.findMany({
    where: { OR: [{ firmId }, { firmId: null }], ...(kind ? { kind } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: metaSelect,
  });
  return rows.map((r) => ({ ...r, kind: r.kind as DatasetKind }));
}

export async function readDatasetPayload(firmId: string, id: string): Promise<unknown> {
  const row = await db.dataset.findFirst({ where: { id, OR: [{ firmId }, { firmId: null }] }, select: { payload: true } });
  return row ? JSON.parse(row.payload) : null;
}

export async function datasetExists(name: string, vintage: string): Promise<boolean> {
  return (await db.dataset.count({ where: { name, vintage } })) > 0;
}
