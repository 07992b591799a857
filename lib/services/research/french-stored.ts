import { z } from "zod";
import { frenchFactorsFromJson, frenchFactorsJson } from "../../data/french-factors-json";
import type { FrenchFactors } from "../../data/french-factors";
import type { FrenchFile } from "../../data/french-size";
import { readDatasetPayload, type DatasetMeta } from "../../db/datasets";
import { frenchFileFromJson } from "../../market/stored-payloads";
import { parseStoredRow } from "../../validation/stored-json";

/**
 * The research pages' French datasets, decoded from their stored payloads. Checked with zod on read, so a
 * damaged row is DATA_CORRUPT (logged with its id) rather than wrong figures. Dataset rows are immutable, so a
 * decoded payload is kept by id; it is read only after the caller's firm-scoped listing returned the row.
 */

const section = z.object({
  title: z.string(),
  kind: z.enum(["vw", "ew", "firms", "size", "other"]),
  frequency: z.enum(["monthly", "annual"]),
  unit: z.enum(["decimal", "raw"]),
  line: z.number(),
  columns: z.array(z.string()),
  periods: z.array(z.string()),
  values: z.array(z.array(z.number().nullable())),
});
const frenchFileJson = z.object({
  vintage: z.object({ yyyymm: z.string(), database: z.string() }).nullable(),
  preamble: z.string(),
  sections: z.array(section),
});

const decoded = new Map<string, FrenchFile | FrenchFactors>();

async function payloadOf<T extends FrenchFile | FrenchFactors>(firmId: string, meta: DatasetMeta, decode: (raw: unknown) => T): Promise<T> {
  const hit = decoded.get(meta.id);
  if (hit) return hit as T;
  const value = decode(await readDatasetPayload(firmId, meta.id));
  decoded.set(meta.id, value);
  return value;
}

/** A french_size dataset's parsed file. @throws AppError DATA_CORRUPT */
export function frenchSizeFile(firmId: string, meta: DatasetMeta): Promise<FrenchFile> {
  return payloadOf(firmId, meta, (raw) => frenchFileFromJson(parseStoredRow(frenchFileJson, raw, { table: "Dataset", id: meta.id })));
}

/** A french_factors dataset's parsed file. @throws AppError DATA_CORRUPT */
export function frenchFactorsFile(firmId: string, meta: DatasetMeta): Promise<FrenchFactors> {
  return payloadOf(firmId, meta, (raw) => frenchFactorsFromJson(parseStoredRow(frenchFactorsJson, raw, { table: "Dataset", id: meta.id })));
}
