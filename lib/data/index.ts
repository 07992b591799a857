/**
 * Public API of the importers and the synthetic demo data. A file's bytes become text through
 * `decodeImportText` (strict UTF-8, file-level checks); importers take that text and return
 * `{ ok: true, value } | { ok: false, errors, total }`, where each error names the 1-based file line, the
 * column, a code and its parameters (worded by components/data/import-error-text.ts); a file with any error
 * imports nothing.
 */
export type { ImportError, ImportErrorCode, ImportErrorList, ImportFailure, ImportResult } from "./import-result";
export { IMPORT_ERROR_CODES, MAX_IMPORT_ERRORS } from "./import-result";
export { decodeImportText, MAX_LINE_LENGTH } from "./decode-text";
export { isFormulaCell } from "./formula-cell";
export { frenchSeries, parseFrenchFile, type FrenchFile, type FrenchSection, type FrenchSectionKind } from "./french-size";
export { importIsharesHoldings, type IsharesImport, type IsharesImportOptions, type NonEquityLine } from "./ishares-holdings";
export type { IsharesLayout } from "./ishares-layout";
export { parsePanelCsv } from "./panel-csv";
export { panelRowsToCsv } from "./panel-csv-writer";
export * from "./synthetic";
