import { z } from "zod";
import type { FrenchFile, FrenchSection } from "../data/french-size";
import type { ConstituentSnapshot } from "./types";

/**
 * JSON forms of the parsed files a Dataset row stores in `payload`, for the kinds the proposal loader reads
 * back (lib/services/proposal/load-market-data.ts). Pure, so the importers (lib/services/datasets/import-file.ts)
 * and the loader agree on one encoding: importers, please store payloads with these encoders.
 * - french_size and french_size_bm: `frenchFileToJson(parseFrenchFile(text).value)`
 * - snapshots: `ConstituentSnapshot[]` as they are (plain JSON already)
 * - french_factors: A1's encoder in lib/data/french-factors.ts
 * JSON has no NaN: a missing French value (NaN in memory) is stored as null and read back as NaN.
 */

type FrenchSectionJson = Omit<FrenchSection, "values"> & { values: (number | null)[][] };
export type FrenchFileJson = { vintage: FrenchFile["vintage"]; preamble: string; sections: FrenchSectionJson[] };

export function frenchFileToJson(file: FrenchFile): FrenchFileJson {
  return {
    vintage: file.vintage,
    preamble: file.preamble,
    sections: file.sections.map((s) => ({
      ...s,
      columns: [...s.columns],
      periods: [...s.periods],
      values: s.values.map((column) => Array.from(column, (v) => (Number.isFinite(v) ? v : null))),
    })),
  };
}

const frenchSectionJson = z.object({
  title: z.string(),
  kind: z.enum(["vw", "ew", "firms", "size", "other"]),
  frequency: z.enum(["monthly", "annual"]),
  unit: z.enum(["decimal", "raw"]),
  line: z.number(),
  columns: z.array(z.string()),
  periods: z.array(z.string()),
  values: z.array(z.array(z.number().nullable())),
});

/**
 * The stored form of a french_size / french_size_bm payload, for `parseStoredRow` (lib/validation/stored-json.ts)
 * before frenchFileFromJson: every reader checks it, so a damaged row is DATA_CORRUPT rather than wrong series.
 */
export const frenchFileJson: z.ZodType<FrenchFileJson> = z.object({
  vintage: z.object({ yyyymm: z.string(), database: z.string() }).nullable(),
  preamble: z.string(),
  sections: z.array(frenchSectionJson),
});

export function frenchFileFromJson(json: FrenchFileJson): FrenchFile {
  return {
    vintage: json.vintage,
    preamble: json.preamble,
    sections: json.sections.map((s) => ({ ...s, values: s.values.map((column) => Float64Array.from(column, (v) => v ?? NaN)) })),
  };
}

/** A snapshots payload is one snapshot or a list of them (the demo seed stores a list). */
export function snapshotsFromJson(json: ConstituentSnapshot | ConstituentSnapshot[]): ConstituentSnapshot[] {
  return Array.isArray(json) ? json : [json];
}
