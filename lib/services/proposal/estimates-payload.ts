import { z } from "zod";
import type { EpsEstimates } from "../../data/eps-estimates";
import { parseStoredRow } from "../../validation/stored-json";
import type { DatasetInfo } from "./real-market";

/**
 * An estimates dataset's payload is the importer's EpsEstimates as plain JSON (lib/services/datasets/file-datasets.ts).
 * Checked on read, so a damaged row is DATA_CORRUPT rather than proxies computed from the wrong records.
 */
const record = z.object({
  symbol: z.string(),
  name: z.string(),
  reportDate: z.string(),
  fiscalDateEnding: z.string().nullable(),
  estimate: z.number().nullable(),
  currency: z.string().nullable(),
});
const payloadSchema = z.object({
  records: z.array(record),
  recordsRead: z.number(),
  duplicatesDropped: z.number(),
  firstReportDate: z.string().nullable(),
  lastReportDate: z.string().nullable(),
});

/** @throws AppError DATA_CORRUPT when the payload is not an EpsEstimates object */
export function estimatesFromPayload(dataset: DatasetInfo, payload: unknown): EpsEstimates {
  return parseStoredRow(payloadSchema, payload, { table: "Dataset", id: dataset.id });
}
