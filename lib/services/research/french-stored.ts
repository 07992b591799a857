import { frenchFactorsFromJson, frenchFactorsJson } from "../../data/french-factors-json";
import type { FrenchFactors } from "../../data/french-factors";
import type { FrenchFile } from "../../data/french-size";
import { readDatasetPayload, type DatasetMeta } from "../../db/datasets";
import { frenchFileFromJson, frenchFileJson } from "../../market/stored-payloads";
import { parseStoredRow } from "../../validation/stored-json";
import { DECODED_PAYLOADS_KEPT, DecodedPayloads } from "../datasets/decoded-payloads";

/**
 * The research pages' French datasets, decoded from their stored payloads. Checked with zod on read, so a
 * damaged row is DATA_CORRUPT (logged with its id) rather than wrong figures. Dataset rows are immutable, so a
 * decoded payload is kept by id; it is read only after the caller's firm-scoped listing returned the row.
 */

const decoded = new DecodedPayloads<FrenchFile | FrenchFactors>(DECODED_PAYLOADS_KEPT);

async function payloadOf<T extends FrenchFile | FrenchFactors>(firmId: string, meta: DatasetMeta, decode: (raw: unknown) => T): Promise<T> {
  return (await decoded.get(meta.id, async () => decode(await readDatasetPayload(firmId, meta.id)))) as T;
}

/** A french_size dataset's parsed file. @throws AppError DATA_CORRUPT */
export function frenchSizeFile(firmId: string, meta: DatasetMeta): Promise<FrenchFile> {
  return payloadOf(firmId, meta, (raw) => frenchFileFromJson(parseStoredRow(frenchFileJson, raw, { table: "Dataset", id: meta.id })));
}

/** A french_factors dataset's parsed file. @throws AppError DATA_CORRUPT */
export function frenchFactorsFile(firmId: string, meta: DatasetMeta): Promise<FrenchFactors> {
  return payloadOf(firmId, meta, (raw) => frenchFactorsFromJson(parseStoredRow(frenchFactorsJson, raw, { table: "Dataset", id: meta.id })));
}
