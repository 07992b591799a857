import { buildPanel } from "../../backtest";
import { decodeImportText } from "../../data/decode-text";
import { detectFileKind, type FileKind } from "../../data/detect-kind";
import { ErrorCollector, type ImportErrorList, type ImportResult } from "../../data/import-result";
import { convertKrxDaily, krxDailyInputFromBytes } from "../../data/krx-daily";
import { encodePanel, panelBlobSummary } from "../../data/panel-blob";
import { storeImportedDataset } from "../../db/dataset-activation";
import { insertPanelDataset } from "../../db/panel-datasets";
import { AppError, isAppError } from "../../errors/app-error";
import {
  estimatesDraft,
  frenchFactorsDraft,
  frenchPortfoliosDraft,
  isharesDraft,
  krxDraft,
  type DatasetDraft,
  type ImportFileOptions,
} from "./file-datasets";
import { importPanelDataset } from "./import-panel";

export type { ImportFileOptions } from "./file-datasets";

export type { FileKind } from "../../data/detect-kind";

export type ImportFileInput = {
  bytes: Uint8Array;
  fileName: string;
  firmId: string;
  /** The admin who uploaded it, or the firm user the CLI acts as: named on the dataset and its activity row. */
  importedById: string;
  options: ImportFileOptions;
  /** Make the dataset stand for every slot it can fill (the CLI); an admin's upload activates separately. */
  activate: boolean;
};

/** The stored dataset's fields as drafted (its `slots`: those it can fill), its id, and the slots it was made to stand for (empty unless `activate`). */
export type ImportedFile = Omit<DatasetDraft, "payload"> & { fileKind: FileKind; id: string; activated: string[] };

function refuse(fileName: string, list: ImportErrorList): never {
  throw new AppError("INVALID_INPUT", `importDataFile: ${list.total} errors in ${fileName}`, { importErrors: { errors: list.errors, total: list.total } });
}

function unrecognised(): ImportErrorList {
  const errors = new ErrorCollector();
  errors.add(null, null, "unrecognised_file");
  return errors.failure();
}

/**
 * The file's text, decoded strictly (lib/data/decode-text.ts). A JSON file is often one line (the EPS calendar's
 * 300 kB array), so for JSON the line-length limit, a guard for CSV parsers, is the only check let through.
 */
function decodeText(bytes: Uint8Array, kind: FileKind): ImportResult<string> {
  const text = decodeImportText(bytes);
  if (text.ok || kind !== "eps_estimates" || !text.errors.every((e) => e.code === "line_too_long")) return text;
  return { ok: true, value: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes) };
}

/** A text file's dataset draft, by its detected kind; null for the kinds stored as panels. */
function draftOf(kind: FileKind, text: string, fileName: string, options: ImportFileOptions): ImportResult<DatasetDraft> | null {
  switch (kind) {
    case "ishares_holdings":
      return isharesDraft(text, fileName, options);
    case "french_factors":
      return frenchFactorsDraft(text, fileName);
    case "french_size":
    case "french_size_bm":
      return frenchPortfoliosDraft(text, fileName, kind);
    case "krx_constituents":
      return krxDraft(text, fileName, options);
    case "eps_estimates":
      return estimatesDraft(text, fileName, options);
    default:
      return null;
  }
}

/**
 * Imports one file of any supported kind for a firm: the kind is detected from the content (never the name),
 * the file parsed, and one Dataset stored with its activity row (and, when `activate` is set, its activations)
 * in one transaction. Panels (CSV or Parquet) go through importPanelDataset; KRX daily market-cap files are
 * converted to a monthly panel first. Panels fill no slot and are never activated.
 * @throws AppError INVALID_INPUT with `importErrors` when the file is of no supported kind or has any error:
 *   nothing is stored then.
 */
export async function importDataFile(input: ImportFileInput): Promise<ImportedFile> {
  const { bytes, fileName, firmId, importedById, options } = input;
  const fileKind = detectFileKind(bytes, fileName).kind;
  if (fileKind === "unknown") refuse(fileName, unrecognised());
  if (fileKind === "krx_daily") return importKrxDaily(input);
  if (fileKind === "panel_csv" || fileKind === "panel_parquet") {
    try {
      const panel = await importPanelDataset({ bytes, fileName, label: options.label?.trim() || fileName, firmId, importedById });
      return panelResult(fileKind, panel);
    } catch (error) {
      // A Parquet file is a panel or a KRX daily file (marcap-YYYY.parquet); detection cannot tell them apart
      // from the magic bytes, so a Parquet file the panel reader refuses is tried as KRX daily data, and the
      // panel reader's errors are reported when that fails too.
      if (fileKind !== "panel_parquet" || !isAppError(error)) throw error;
      try {
        return await importKrxDaily(input);
      } catch {
        throw error;
      }
    }
  }
  const text = decodeText(bytes, fileKind);
  if (!text.ok) refuse(fileName, text);
  const draft = draftOf(fileKind, text.value, fileName, options);
  if (!draft) refuse(fileName, unrecognised());
  if (!draft.ok) refuse(fileName, draft);
  const { payload, ...meta } = draft.value;
  const { dataset, activated } = await storeImportedDataset(
    { ...meta, payload, synthetic: false, firmId, fileName, importedById },
    input.activate,
  );
  return { fileKind, id: dataset.id, kind: meta.kind, name: meta.name, source: meta.source, vintage: meta.vintage, asOf: meta.asOf, rowCount: meta.rowCount, slots: meta.slots, activated };
}

function panelResult(fileKind: FileKind, panel: { id: string; name: string; source: string; vintage: string; asOf: string | null; rowCount: number }): ImportedFile {
  return { fileKind, id: panel.id, kind: "panel", name: panel.name, source: panel.source, vintage: panel.vintage, asOf: panel.asOf, rowCount: panel.rowCount, slots: [], activated: [] };
}

/** KRX daily market caps (FinanceData/marcap layout) → a month-end panel of price returns, stored as a panel. */
async function importKrxDaily({ bytes, fileName, firmId, importedById, options }: ImportFileInput): Promise<ImportedFile> {
  const converted = await convertKrxDaily([krxDailyInputFromBytes(fileName, bytes)], { period: "month" });
  if (!converted.ok) refuse(fileName, converted);
  const blob = encodePanel(buildPanel(converted.value.rows));
  const { rows, ...summary } = panelBlobSummary(blob);
  const panel = await insertPanelDataset({
    firmId,
    importedById,
    name: options.label?.trim() || `KRX daily market caps ${converted.value.firstDate} to ${converted.value.lastDate}, monthly`,
    source: "Korea Exchange (KRX) daily market caps, FinanceData/marcap layout; price returns without dividends",
    vintage: converted.value.lastDate,
    fileName,
    blob,
    rowCount: rows,
    summary,
  });
  return panelResult("krx_daily", panel);
}
