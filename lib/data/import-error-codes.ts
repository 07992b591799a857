/**
 * Every problem an importer reports, with the names of the parameters its sentence takes. The sentences are
 * the catalogs' `importError.<code>` keys (lib/i18n/messages), worded by components/data/import-error-text.ts;
 * `tsc` fails when a code has no sentence, and tests/unit/data/import-error-codes.test.ts checks that each
 * sentence has exactly these placeholders in both languages.
 *
 * Parameters: `value` is a cell or name echoed as entered (clipped to 80 characters); numbers are whole
 * counts or positions (lines, fields, bytes), formatted for the reader's locale.
 */
export const IMPORT_ERROR_PARAMS = {
  // The file as bytes (decode-text.ts).
  empty_file: [],
  blank_file: [],
  utf16: [],
  binary: ["position"],
  /** `byte` is two hex digits ("E9"); `position` is its 1-based byte within the line. */
  not_utf8: ["byte", "position"],
  line_too_long: ["length", "limit"],
  // CSV syntax (csv-records.ts; French files quote nothing: stray_quote).
  unclosed_quote: [],
  text_after_quote: [],
  quote_in_field: [],
  stray_quote: [],
  /** Any other refusal of the CSV parser; `reason` is its error code, e.g. CSV_INVALID_ARGUMENT. */
  malformed_csv: ["reason"],
  // The file's layout: headers, sections, rows.
  no_holdings_header: [],
  /** `columns`: the required header, e.g. "id,date,market_cap,return". */
  no_panel_header: ["columns"],
  no_section: [],
  header_in_section: [],
  row_outside_section: [],
  // French factor files (french-factors.ts). `value`: the file name as uploaded; `first`: the line of an earlier section's header.
  unknown_factor_region: ["value"],
  repeated_factor_section: ["first"],
  factor_columns_differ: ["first"],
  no_monthly_factors: [],
  // KRX constituent lists (krx-constituents.ts). `index`: the KRX index code in the file name; `given`: the market and tier the user gave.
  krx_segment_missing: [],
  krx_segment_conflict: ["index", "given"],
  // EPS estimate files (eps-estimates.ts): JSON, where the "line" is the 1-based record number and the column the field.
  invalid_json: [],
  not_a_json_array: [],
  not_a_record: [],
  missing_field: [],
  // The import service (lib/services/datasets/import-file.ts): a file of no supported kind; an iShares export of
  // a fund the app does not know, uploaded without the region and size it stands for.
  unrecognised_file: [],
  unknown_fund: [],
  missing_column: [],
  /** `known`: the column names the format has, comma-separated. */
  unknown_column: ["known"],
  duplicate_column: ["count"],
  /** `position`: the 1-based position of the unnamed column in its header row. */
  empty_column_name: ["position"],
  no_data_rows: [],
  no_equity_lines: [],
  too_few_fields: ["expected", "found"],
  too_many_fields: ["expected", "found"],
  // One cell.
  not_a_number: ["value"],
  not_finite: ["value"],
  not_whole_number: ["value"],
  not_a_date: ["value"],
  not_a_calendar_date: ["value"],
  not_a_period: ["value"],
  /** French factor files: YYYYMMDD (daily), YYYYMM (monthly) or YYYY (annual). */
  not_a_factor_period: ["value"],
  not_a_flag: ["value"],
  not_a_status: ["value"],
  negative_value: ["value"],
  not_positive: ["value"],
  /** A KRX stock code: six digits or capital letters (new listings have letters, e.g. 0126Z0). */
  not_a_krx_code: ["value"],
  /** French returns, in percent. */
  return_below_minus_100: ["value"],
  /** Panel returns, as fractions. */
  return_below_minus_1: ["value"],
  weight_out_of_range: ["value"],
  negative_weight: ["value"],
  missing_weight: [],
  empty_cell: [],
  formula_cell: ["value"],
  /** A schema issue without a code of its own (none is expected: every check of the schemas names one). */
  invalid_value: ["value"],
  // Rows against each other.
  period_out_of_order: ["period", "previous"],
  /** The same (id, date) on a later line; firstLine is the earlier one (panels may come in any row order). */
  duplicate_row: ["id", "date", "firstLine"],
  /** `first`: the line the same listing (ticker, name, location, exchange) is already on. */
  duplicate_listing: ["ticker", "name", "first"],
  // KRX daily market-cap files (krx-daily*.ts). `reason`: the decompressor's or Parquet reader's own message.
  corrupt_gzip: ["reason"],
  corrupt_parquet: ["reason"],
  /** No trading day between `from` and `to` (YYYY-MM-DD), longer than any KRX closure: a year's file is missing. */
  krx_dates_gap: ["from", "to"],
  /** A code's second row for one date, in this file or an earlier one of the same run (first lines are not kept: 20M rows). */
  duplicate_daily_row: ["id", "date"],
} as const satisfies Record<string, readonly string[]>;

export type ImportErrorCode = keyof typeof IMPORT_ERROR_PARAMS;
export type ImportErrorParams<C extends ImportErrorCode> = Record<(typeof IMPORT_ERROR_PARAMS)[C][number], string | number>;

export const IMPORT_ERROR_CODES = Object.keys(IMPORT_ERROR_PARAMS) as ImportErrorCode[];

export function isImportErrorCode(text: string): text is ImportErrorCode {
  return Object.hasOwn(IMPORT_ERROR_PARAMS, text);
}

/**
 * A code as a zod issue's message, checked by `tsc`: the importers' schemas say why a cell is refused this way,
 * and ErrorCollector.addCell turns the message back into the code.
 * @example z.string().min(1, issueCode("empty_cell"))
 */
export const issueCode = (code: ImportErrorCode): string => code;
