import { importIsharesHoldings } from "../../data/ishares-holdings";
import { insertDataset } from "../../db/datasets";
import { AppError } from "../../errors/app-error";
import type { Region, Size } from "../../market/regions";

export type ImportHoldingsOptions = {
  text: string;
  fileName: string;
  label: string;
  region: Region;
  size: Size;
  /** null for a dataset every firm sees (the CLI); a firm's id for an admin's upload. */
  firmId: string | null;
};

/** At most this many row errors are returned to a form; the CLI prints them all. */
export const MAX_REPORTED_ERRORS = 20;

/**
 * Imports an iShares holdings file as a constituent-snapshot dataset.
 * @throws AppError INVALID_INPUT with `fieldErrors.file` listing "line N, column C: message" when any row
 *   is bad — nothing is stored then
 */
export async function importHoldingsDataset(options: ImportHoldingsOptions) {
  const { text, fileName, label, region, size, firmId } = options;
  const result = importIsharesHoldings(text, { id: `import:${label}:${fileName}`, label, source: `iShares holdings file ${fileName}`, region, size });
  if (!result.ok) {
    const lines = result.errors.map((e) => `line ${e.row}, column "${e.column}": ${e.message}`);
    throw new AppError("INVALID_INPUT", lines.join("\n"), { file: lines });
  }
  const { snapshot, other } = result.value;
  const saved = await insertDataset({
    kind: "snapshots",
    name: label,
    source: snapshot.source,
    vintage: snapshot.asOf ?? "undated",
    asOf: snapshot.asOf,
    synthetic: false,
    firmId,
    payload: [snapshot],
  });
  return { id: saved.id, asOf: snapshot.asOf, equityLines: snapshot.constituents.length, otherLines: other.length };
}
