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

export async function listReferenceFigures(): Promise<ReferenceFigureRecord[]> {
  return (await db.referenceFigure.findMany({ orderBy: { key: "asc" } })).map(toRecord);
}

/** Inserts the article's figures that are missing; existing rows (possibly edited by an admin) are kept. */
export async function insertMissingReferenceFigures(): Promise<number> {
  const existing = new Set((await db.referenceFigure.findMany({ select: { key: true } })).map((r) => r.key));
  const missing = REFERENCE_FIGURES.filter((f) => !existing.has(f.key));
  for (const f of missing) await db.referenceFigure.create({ data: toData(f) });
  return missing.length;
}

/** @throws AppError NOT_FOUND for an unknown key */
export async function updateReferenceFigure(figure: ReferenceFigure): Promise<ReferenceFigureRecord> {
  const { count } = await db.referenceFigure.updateMany({ where: { key: figure.key }, data: toData(figure) });
  if (count === 0) throw new AppError("NOT_FOUND");
  return toRecord(await db.referenceFigure.findUniqueOrThrow({ where: { key: figure.key } }));
}
