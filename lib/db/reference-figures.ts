import { db } from "./prisma";
import { AppError } from "../errors/app-error";
import { REFERENCE_FIGURES, type ReferenceFigure } from "../metrics/reference-figures";

export type ReferenceFigureRecord = ReferenceFigure & { id: string; updatedAt: Date };

type Row = Awaited<ReturnType<typeof db.referenceFigure.findFirstOrThrow>>;

function toRecord(row: Row): ReferenceFigureRecord {
  return {
    id: row.id,
    key: row.key,
    label: row.label,
    labelKo: row.labelKo,
    value: row.value,
    valueHigh: row.valueHigh ?? undefined,
    comparator: row.comparator as ReferenceFigure["comparator"],
    unit: row.unit as ReferenceFigure["unit"],
    region: row.region as ReferenceFigure["region"],
    size: row.size as ReferenceFigure["size"],
    metric: row.metric as ReferenceFigure["metric"],
    source: row.source,
    asOf: row.asOf,
    note: row.note ?? undefined,
    updatedAt: row.updatedAt,
  };
}

function toData(f: ReferenceFigure) {
  return { ...f, valueHigh: f.valueHigh ?? null, note: f.note ?? null };
}

/** The article's defaults, shared by every firm; a firm's override row has scope = its id. */
export const GLOBAL_SCOPE = "global";

/** The article's defaults (what an admin's edit starts from), by key. */
export async function listDefaultReferenceFigures(): Promise<ReferenceFigureRecord[]> {
  return (await db.referenceFigure.findMany({ where: { scope: GLOBAL_SCOPE }, orderBy: { key: "asc" } })).map(toRecord);
}

/**
 * The figures a firm's proposals use: each global default, replaced by the firm's own edit where it has
 * one. `overridden` says which, so the admin page can offer "back to the article's figure".
 */
export async function listReferenceFigures(firmId: string): Promise<(ReferenceFigureRecord & { overridden: boolean })[]> {
  const rows = await db.referenceFigure.findMany({ where: { scope: { in: [GLOBAL_SCOPE, firmId] } }, orderBy: { key: "asc" } });
  const byKey = new Map<string, (ReferenceFigureRecord & { overridden: boolean })>();
  for (const row of rows) {
    const own = row.scope === firmId;
    if (own || !byKey.has(row.key)) byKey.set(row.key, { ...toRecord(row), overridden: own });
  }
  return [...byKey.values()];
}

/** Inserts the article's figures that are missing as global defaults; existing rows are kept. */
export async function insertMissingReferenceFigures(): Promise<number> {
  const existing = new Set((await db.referenceFigure.findMany({ where: { scope: GLOBAL_SCOPE }, select: { key: true } })).map((r) => r.key));
  const missing = REFERENCE_FIGURES.filter((f) => !existing.has(f.key));
  for (const f of missing) await db.referenceFigure.create({ data: { scope: GLOBAL_SCOPE, ...toData(f) } });
  return missing.length;
}

/**
 * A firm's admin edits a figure for that firm only: the edit is stored as the firm's override of the
 * global default, which stays as it is for every other firm.
 * @throws AppError NOT_FOUND for a key that has no global default
 */
export async function saveFirmReferenceFigure(firmId: string, figure: ReferenceFigure): Promise<ReferenceFigureRecord> {
  const exists = await db.referenceFigure.count({ where: { scope: GLOBAL_SCOPE, key: figure.key } });
  if (exists === 0) throw new AppError("NOT_FOUND");
  const data = toData(figure);
  const row = await db.referenceFigure.upsert({
    where: { scope_key: { scope: firmId, key: figure.key } },
    create: { scope: firmId, ...data },
    update: data,
  });
  return toRecord(row);
}

/** Drops a firm's override, so the firm is back on the article's figure. */
export async function resetFirmReferenceFigure(firmId: string, key: string): Promise<void> {
  await db.referenceFigure.deleteMany({ where: { scope: firmId, key } });
}
