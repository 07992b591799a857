import { readFile } from "node:fs/promises";
import path from "node:path";
import { encodePanel, panelBlobSummary } from "../../data/panel-blob";
import { readPanelFile } from "../../data/panel-file";
import { insertPanelDataset, type PanelDataset } from "../../db/panel-datasets";
import { AppError } from "../../errors/app-error";

export type ImportPanelOptions = ({ bytes: Uint8Array; filePath?: never } | { filePath: string; bytes?: never }) & {
  /** The file's own name (shown in the admin list); defaults to the path's base name. */
  fileName?: string;
  label: string;
  firmId: string;
  /** The admin who uploaded it, or null for the operator's CLI; an activity row is written when set. */
  importedById: string | null;
};

/**
 * Reads a panel file (CSV or Parquet, told apart by content) and stores it for the firm as a columnar blob
 * (lib/data/panel-blob.ts), for research back-tests and `npm run backtest -- --dataset <id>`.
 * @throws AppError INVALID_INPUT with `importErrors` ({ line, column, code, params } and the total) when the
 *   file cannot be read or any row is bad: nothing is stored then.
 */
export async function importPanelDataset(options: ImportPanelOptions): Promise<PanelDataset> {
  const bytes = options.bytes ?? (await readFile(options.filePath!));
  const fileName = options.fileName ?? path.basename(options.filePath ?? "panel");
  // The same reader as `npm run backtest -- --panel`: CSV or Parquet, told apart by content.
  const parsed = await readPanelFile(bytes);
  if (!parsed.ok) {
    const { errors, total } = parsed;
    throw new AppError("INVALID_INPUT", `importPanelDataset: ${total} errors in ${fileName}`, { importErrors: { errors, total } });
  }
  const blob = encodePanel(parsed.value);
  const { rows, ...summary } = panelBlobSummary(blob);
  return insertPanelDataset({
    firmId: options.firmId,
    importedById: options.importedById,
    name: options.label,
    source: fileName,
    vintage: summary.lastDate ?? "undated",
    fileName,
    blob,
    rowCount: rows,
    summary,
  });
}
