import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { detectFileKind, type FileKind } from "../../lib/data/detect-kind";
import type { ImportErrorList } from "../../lib/data/import-result";
import { activateDataset, activeSlotsByDataset } from "../../lib/db/dataset-activation";
import type { ImportFirm } from "../../lib/db/import-firm";
import { isAppError } from "../../lib/errors/app-error";
import { importDataFile, type ImportedFile } from "../../lib/services/datasets/import-file";

/** One file of the folder and what became of it. */
export type DirRow = {
  /** The path relative to the folder, with "/" separators. */
  file: string;
  fileKind: FileKind;
  outcome:
    | { status: "imported"; dataset: ImportedFile; activeSlots: string[] }
    | { status: "unrecognised" }
    | { status: "error"; errors: ImportErrorList };
};

/** Every file under `dir`, recursively, in path order; hidden files and folders (".git", ".DS_Store") are left out. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith("."))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(full) : entry.isFile() ? [full] : [];
    });
}

/**
 * The date a dataset is as of, as text that sorts in time: its as-of date, else its vintage's YYYYMM as
 * YYYY-MM, else "" (undated data sorts first, so dated data of the same slot wins).
 * @example dateKey({ asOf: null, vintage: "202510 Bloomberg" }) → "2025-10"
 */
export function dateKey(d: { asOf: string | null; vintage: string }): string {
  if (d.asOf) return d.asOf;
  const yyyymm = /^(\d{4})(\d{2})\b/.exec(d.vintage);
  if (yyyymm) return `${yyyymm[1]}-${yyyymm[2]}`;
  return /^\d{4}-\d{2}(-\d{2})?$/.test(d.vintage) ? d.vintage : "";
}

/**
 * The order datasets are activated in, so that the last one activated for a slot is the one that should stand
 * for it: older first; on the same date, datasets that fill more slots first, so a KRX size-index list
 * (one tier) wins over the whole-market list split into tiers; then by file path, for a stable order.
 */
export function activationOrder<T extends { file: string; dataset: { asOf: string | null; vintage: string; slots: readonly string[] } }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    const byDate = dateKey(a.dataset).localeCompare(dateKey(b.dataset));
    if (byDate !== 0) return byDate;
    if (a.dataset.slots.length !== b.dataset.slots.length) return b.dataset.slots.length - a.dataset.slots.length;
    return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  });
}

/**
 * Imports every file under `dir` for the firm (kinds detected by content; KRX lists take a date from their
 * file name), then activates what was imported in activationOrder. A file that is not recognised or has
 * errors is reported, never fatal: the others are imported all the same.
 */
export async function importDirectory(dir: string, firm: ImportFirm, onFile?: (file: string) => void): Promise<DirRow[]> {
  const rows: DirRow[] = [];
  const imported: { file: string; dataset: ImportedFile }[] = [];
  for (const full of filesUnder(dir)) {
    const file = path.relative(dir, full).split(path.sep).join("/");
    onFile?.(file);
    const bytes = readFileSync(full);
    const fileKind = detectFileKind(bytes, file).kind;
    try {
      const dataset = await importDataFile({ bytes, fileName: path.basename(full), firmId: firm.id, importedById: firm.actor.id, options: { dateFromFileName: true }, activate: false });
      imported.push({ file, dataset });
      rows.push({ file, fileKind, outcome: { status: "imported", dataset, activeSlots: [] } });
    } catch (error) {
      if (!isAppError(error) || !error.importErrors) throw error;
      const unrecognised = error.importErrors.errors.some((e) => e.code === "unrecognised_file");
      rows.push({ file, fileKind, outcome: unrecognised ? { status: "unrecognised" } : { status: "error", errors: error.importErrors } });
    }
  }
  for (const { dataset } of activationOrder(imported.filter((i) => i.dataset.slots.length > 0))) await activateDataset(firm.id, dataset.id, firm.actor.id);
  const active = await activeSlotsByDataset(firm.id);
  for (const row of rows) if (row.outcome.status === "imported") row.outcome.activeSlots = active.get(row.outcome.dataset.id) ?? [];
  return rows;
}
