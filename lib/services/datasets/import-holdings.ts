import { decodeImportText } from "../../data/decode-text";
import { importIsharesHoldings } from "../../data/ishares-holdings";
import { storeImportedDataset } from "../../db/dataset-activation";
import { slotKey } from "../../market/slots";
import { AppError } from "../../errors/app-error";
import type { Region, Size } from "../../market/regions";

export type ImportHoldingsOptions = {
  /** The file as read or uploaded: decoded here, strictly as UTF-8 (lib/data/decode-text.ts). */
  bytes: Uint8Array;
  fileName: string;
  label: string;
  region: Region;
  size: Size;
  /** The admin's firm: the dataset is that firm's alone. */
  firmId: string;
  /** The admin who uploaded it: named on the dataset and its activity row. */
  importedById: string;
};

/** At most this many row errors are returned to a form (with the total); the CLI prints them all. */
export const MAX_REPORTED_ERRORS = 20;

/**
 * Imports an iShares holdings file as a constituent-snapshot dataset.
 * @throws AppError INVALID_INPUT when the file cannot be read or any row is bad — nothing is stored then.
 *   `importErrors` holds every error the importer kept ({ line, column, code, params }) and `total`, how many
 *   there were; the caller words them (components/data/import-error-text.ts).
 */
export async function importHoldingsDataset(options: ImportHoldingsOptions) {
  const { bytes, fileName, label, region, size, firmId, importedById } = options;
  const text = decodeImportText(bytes);
  const source = `iShares holdings file ${fileName}`;
  const result = text.ok ? importIsharesHoldings(text.value, { id: `import:${label}:${fileName}`, label, source, region, size }) : text;
  if (!result.ok) {
    const { errors, total } = result;
    throw new AppError("INVALID_INPUT", `importHoldingsDataset: ${total} errors in ${fileName}`, { importErrors: { errors, total } });
  }
  const { snapshot, other } = result.value;
  // With its activity row in one transaction, as every other import (lib/db/dataset-activation.ts).
  const { dataset: saved } = await storeImportedDataset(
    {
      kind: "snapshots",
      name: label,
      source: snapshot.source,
      vintage: snapshot.asOf ?? "undated",
      asOf: snapshot.asOf,
      synthetic: false,
      firmId,
      payload: [snapshot],
      // Stored inactive: the admin activates it on /admin/data (or the CLI does), so an upload never silently
      // changes live proposals. Its one slot is the segment the uploader named.
      fileName,
      rowCount: snapshot.constituents.length,
      slots: [slotKey({ kind: "snapshot", segment: { area: region, tier: size, market: null } })],
      importedById,
    },
    false,
  );
  return { id: saved.id, asOf: snapshot.asOf, equityLines: snapshot.constituents.length, otherLines: other.length };
}
