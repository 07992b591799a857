import { db } from "./prisma";
import { recordActivity, type Tx } from "./activity";
import { findDataset, insertDatasetTx, metaSelect, toMeta, type DatasetMeta, type NewDataset } from "./datasets";
import { AppError } from "../errors/app-error";
import { parseSlotKey, parseSlotList } from "../market/slots";

export { readDatasetPayload, readDatasetBlob } from "./datasets";

/**
 * Which dataset stands for each activation slot in a firm's proposals (slot key → the dataset's meta). A slot
 * missing from the map uses the demo data. Keys that no longer parse as slots are left out, so a reader never
 * meets a slot it does not know.
 */
export async function activeDatasetsBySlot(firmId: string): Promise<Map<string, DatasetMeta>> {
  const rows = await db.datasetActivation.findMany({
    where: { firmId, dataset: { OR: [{ firmId }, { firmId: null }] } },
    orderBy: { slot: "asc" },
    select: { slot: true, dataset: { select: metaSelect } },
  });
  const bySlot = new Map<string, DatasetMeta>();
  for (const row of rows) if (parseSlotKey(row.slot)) bySlot.set(row.slot, toMeta(row.dataset));
  return bySlot;
}

async function setSlot(tx: Tx, firmId: string, slot: string, datasetId: string, activatedById: string | null): Promise<void> {
  await tx.datasetActivation.upsert({
    where: { firmId_slot: { firmId, slot } },
    create: { firmId, slot, datasetId, activatedById },
    update: { datasetId, activatedById, activatedAt: new Date() },
  });
}

/**
 * Stores an imported dataset with its activity row and, when `activate` is set, makes it stand for every slot
 * it can fill: one transaction, so an import is never half recorded. Returns the meta and the slots activated.
 */
export async function storeImportedDataset(input: NewDataset & { firmId: string; importedById: string }, activate: boolean): Promise<{ dataset: DatasetMeta; activated: string[] }> {
  return db.$transaction(async (tx) => {
    const dataset = await insertDatasetTx(tx, input);
    await recordActivity(tx, { advisorId: input.importedById, kind: "dataset_imported", summary: dataset.name, clientId: null });
    const activated = activate ? [...(input.slots ?? [])] : [];
    for (const slot of activated) await setSlot(tx, input.firmId, slot, dataset.id, input.importedById);
    if (activated.length > 0) await recordActivity(tx, { advisorId: input.importedById, kind: "dataset_activated", summary: dataset.name, clientId: null });
    return { dataset, activated };
  });
}

/**
 * Makes a dataset stand for every slot it can fill, replacing the firm's previous choice in each, in one
 * transaction with its activity row. Returns the slots it now fills (none for a dataset kept for research only).
 * @throws AppError NOT_FOUND when the firm does not see the dataset (absent or another firm's)
 */
export async function activateDataset(firmId: string, datasetId: string, actorId: string): Promise<string[]> {
  const dataset = await findDataset(firmId, datasetId);
  if (!dataset) throw new AppError("NOT_FOUND");
  if (dataset.slots.length === 0) return [];
  await db.$transaction(async (tx) => {
    for (const slot of dataset.slots) await setSlot(tx, firmId, slot, datasetId, actorId);
    await recordActivity(tx, { advisorId: actorId, kind: "dataset_activated", summary: dataset.name, clientId: null });
  });
  return dataset.slots;
}

/**
 * Chooses the dataset for one slot, or the demo data (`datasetId` null), with its activity row.
 * @throws AppError INVALID_INPUT for a string that is not a slot key, or a dataset that cannot fill the slot
 * @throws AppError NOT_FOUND when the firm does not see the dataset
 */
export async function chooseSlotDataset(firmId: string, slot: string, datasetId: string | null, actorId: string): Promise<void> {
  if (!parseSlotKey(slot)) throw new AppError("INVALID_INPUT", `chooseSlotDataset: not a slot key`);
  if (datasetId === null) {
    await db.$transaction(async (tx) => {
      const current = await tx.datasetActivation.findUnique({ where: { firmId_slot: { firmId, slot } }, select: { dataset: { select: { name: true } } } });
      if (!current) return;
      await tx.datasetActivation.delete({ where: { firmId_slot: { firmId, slot } } });
      // The summary names the dataset the slot stops using: the activity list shows names, never slot codes.
      await recordActivity(tx, { advisorId: actorId, kind: "dataset_slot_demo", summary: current.dataset.name, clientId: null });
    });
    return;
  }
  const dataset = await findDataset(firmId, datasetId);
  if (!dataset) throw new AppError("NOT_FOUND");
  if (!dataset.slots.includes(slot)) throw new AppError("INVALID_INPUT", `chooseSlotDataset: dataset cannot fill ${slot}`);
  await db.$transaction(async (tx) => {
    await setSlot(tx, firmId, slot, datasetId, actorId);
    await recordActivity(tx, { advisorId: actorId, kind: "dataset_activated", summary: dataset.name, clientId: null });
  });
}

export type SlotChoice = { slot: string; active: DatasetMeta | null; candidates: DatasetMeta[] };

/**
 * Every slot some dataset of the firm (or a global one) can fill, or that has an activation, with the active
 * dataset and the candidates newest first; sorted by slot key.
 */
export async function listSlotChoices(firmId: string): Promise<SlotChoice[]> {
  const [active, rows] = await Promise.all([
    activeDatasetsBySlot(firmId),
    db.dataset.findMany({
      where: { OR: [{ firmId }, { firmId: null }], NOT: { slots: "" } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { ...metaSelect, slots: true },
    }),
  ]);
  const bySlot = new Map<string, SlotChoice>();
  const choice = (slot: string) => {
    let entry = bySlot.get(slot);
    if (!entry) bySlot.set(slot, (entry = { slot, active: active.get(slot) ?? null, candidates: [] }));
    return entry;
  };
  for (const { slots, ...meta } of rows) for (const slot of parseSlotList(slots)) choice(slot).candidates.push(toMeta(meta));
  for (const slot of active.keys()) choice(slot);
  return [...bySlot.values()].sort((a, b) => a.slot.localeCompare(b.slot));
}

/** The slots each dataset stands for in the firm's proposals (dataset id → slot keys). */
export async function activeSlotsByDataset(firmId: string): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const [slot, meta] of await activeDatasetsBySlot(firmId)) out.set(meta.id, [...(out.get(meta.id) ?? []), slot]);
  return out;
}

export type ScenarioRef = { id: string; name: string };

const USAGE_CHUNK = 200;

/**
 * The firm's saved scenarios whose versions were generated with each of these datasets (dataset id → scenarios,
 * by name). The methodology stamp of a version lists the dataset ids it used; the text search narrows in the
 * database and the parsed stamp decides.
 */
export async function datasetUsage(firmId: string, datasetIds: readonly string[]): Promise<Map<string, ScenarioRef[]>> {
  const usage = new Map<string, ScenarioRef[]>();
  // One bound parameter per id: asked in chunks, since SQLite refuses a query with more than 999 of them (a firm
  // with that many datasets could otherwise not open its data page, nor delete any of them).
  const versions: { methodology: string; scenario: ScenarioRef }[] = [];
  for (let at = 0; at < datasetIds.length; at += USAGE_CHUNK) {
    const chunk = datasetIds.slice(at, at + USAGE_CHUNK);
    versions.push(
      ...(await db.scenarioVersion.findMany({
        where: { scenario: { advisor: { firmId } }, OR: chunk.map((id) => ({ methodology: { contains: id } })) },
        select: { methodology: true, scenario: { select: { id: true, name: true } } },
      })),
    );
  }
  const wanted = new Set(datasetIds);
  for (const { methodology, scenario } of versions) {
    for (const id of datasetIdsOf(methodology)) {
      if (!wanted.has(id)) continue;
      const list = usage.get(id) ?? [];
      if (!list.some((s) => s.id === scenario.id)) list.push(scenario);
      usage.set(id, list);
    }
  }
  for (const list of usage.values()) list.sort((a, b) => a.name.localeCompare(b.name));
  return usage;
}

/** The dataset ids a stored methodology stamp names; none when the stamp does not parse (it is not ours to repair here). */
function datasetIdsOf(methodology: string): string[] {
  try {
    const parsed: unknown = JSON.parse(methodology);
    const datasets = (parsed as { datasets?: unknown }).datasets;
    if (!Array.isArray(datasets)) return [];
    return datasets.flatMap((d: unknown) => (d && typeof d === "object" && typeof (d as { id?: unknown }).id === "string" ? [(d as { id: string }).id] : []));
  } catch {
    return [];
  }
}

export type DeleteOutcome = { deleted: true } | { deleted: false; usedBy: ScenarioRef[] };

/**
 * Deletes one of the firm's own datasets with its activity row; its activations go with it (cascade), so those
 * slots fall back to the demo data. A dataset a saved scenario was generated with is kept: the outcome names
 * those scenarios. Global datasets (the demo seed, CLI imports without a firm) are not the firm's to delete.
 * @throws AppError NOT_FOUND when the dataset is absent, another firm's, or global
 */
export async function deleteDataset(firmId: string, datasetId: string, actorId: string): Promise<DeleteOutcome> {
  const dataset = await db.dataset.findFirst({ where: { id: datasetId, firmId }, select: { id: true, name: true } });
  if (!dataset) throw new AppError("NOT_FOUND");
  const usedBy = (await datasetUsage(firmId, [datasetId])).get(datasetId) ?? [];
  if (usedBy.length > 0) return { deleted: false, usedBy };
  await db.$transaction(async (tx) => {
    await tx.dataset.delete({ where: { id: datasetId } });
    await recordActivity(tx, { advisorId: actorId, kind: "dataset_deleted", summary: dataset.name, clientId: null });
  });
  return { deleted: true };
}
