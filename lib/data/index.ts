/**
 * Public API of the importers and the synthetic demo data. Importers take the file's text (the caller
 * reads the file or the upload) and return `{ ok: true, value } | { ok: false, errors }`, where each
 * error names the 1-based file line and the column; a file with any error imports nothing.
 */
export type { ImportError, ImportResult } from "./import-result";
export { MAX_IMPORT_ERRORS } from "./import-result";
export { frenchSeries, parseFrenchFile, type FrenchFile, type FrenchSection, type FrenchSectionKind } from "./french-size";
export { importIsharesHoldings, type IsharesImport, type IsharesImportOptions, type NonEquityLine } from "./ishares-holdings";
export type { IsharesLayout } from "./ishares-layout";
export { parsePanelCsv } from "./panel-csv";
export { panelRowsToCsv } from "./panel-csv-writer";
export * from "./synthetic";
