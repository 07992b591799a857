import type { PanelRow } from "../backtest/types";
import { forEachCsvRecord } from "./csv-records";
import { fastPanelRowReader } from "./panel-fast-row";
import { clip, ErrorCollector, stripBom, type ImportResult } from "./import-result";
import { PANEL_FIELD, PANEL_REQUIRED_COLUMNS, panelRowSchema, readPanelHeader, type PanelColumn } from "./panel-schema";

/**
 * Importer for the per-security panel CSV (domain.md §3):
 * `id,date,market_cap,return[,status,is_preferred,profitable,analysts,sector,country,trading_value]`.
 *
 * Empty cells are null ("no data"). Rows of one security must come in ascending date order, as every
 * export sorts them (by id then date, or by date then id); a repeated or earlier date for the same id is
 * reported, which is how duplicates are caught without keeping a set of 1.8M keys.
 * Ids, dates, sectors and countries are interned: a monthly panel repeats ~360 date strings 1.8M times.
 * Most rows take the fast path of panel-fast-row.ts; the zod schema judges and explains the rest.
 *
 * @example parsePanelCsv("id,date,market_cap,return\nA,2020-05-31,100,0.05\n")
 *   → { ok: true, value: [{ id: "A", date: "2020-05-31", marketCap: 100, return: 0.05 }] }
 */
export function parsePanelCsv(text: string): ImportResult<PanelRow[]> {
  const errors = new ErrorCollector();
  const rows: PanelRow[] = [];
  const strings = new Map<string, string>();
  const intern = (s: string): string => strings.get(s) ?? (strings.set(s, s), s);
  // One lookup per row serves both interning the id and the per-id date order check.
  const securities = new Map<string, { id: string; lastDate: string }>();
  let header: PanelColumn[] | null = null;
  let headerLine = 1;
  let fastRow: ReturnType<typeof fastPanelRowReader> = () => null;

  const failure = forEachCsvRecord(stripBom(text), (cells, line) => {
    if (header === null) {
      headerLine = line;
      header = readPanelHeader(cells, line, errors) ?? [];
      fastRow = fastPanelRowReader(header);
      return;
    }
    if (header.length === 0) return; // the header was rejected: row errors would only repeat it
    if (cells.length !== header.length) {
      // Name the first missing column of a short (truncated?) row, or the last one before extra fields.
      const short = cells.length < header.length;
      const column = (short ? header[cells.length] : header.at(-1)) ?? null;
      errors.add(line, column, short ? "too_few_fields" : "too_many_fields", { expected: header.length, found: cells.length });
      return;
    }
    const row = fastRow(cells) ?? viaSchema(header, cells, line, errors);
    if (row === null) return;
    let security = securities.get(row.id);
    if (security === undefined) securities.set(row.id, (security = { id: row.id, lastDate: "" }));
    else if (row.date === security.lastDate) {
      errors.add(line, "date", "duplicate_row", { id: clip(row.id), date: row.date });
    } else if (row.date < security.lastDate) {
      errors.add(line, "date", "date_out_of_order", { id: clip(row.id), date: row.date, previous: security.lastDate });
    }
    row.id = security.id;
    row.date = security.lastDate = intern(row.date);
    if (row.sector) row.sector = intern(row.sector);
    if (row.country) row.country = intern(row.country);
    rows.push(row);
  });

  const columns = header as PanelColumn[] | null; // assigned in the callback, which TypeScript cannot follow
  if (failure) errors.report(failure.line, columns?.[failure.field] ?? null, failure.problem);
  if (columns === null) errors.add(null, null, "no_panel_header", { columns: PANEL_REQUIRED_COLUMNS.join(",") });
  else if (rows.length === 0 && errors.count === 0) errors.add(headerLine + 1, "id", "no_data_rows");
  return errors.result(() => rows);
}

/** The zod schema decides (and explains) every row the fast path did not accept. */
function viaSchema(header: readonly PanelColumn[], cells: readonly string[], line: number, errors: ErrorCollector): PanelRow | null {
  const raw: Record<string, string> = {};
  header.forEach((h, c) => (raw[PANEL_FIELD[h]] = cells[c] ?? ""));
  const parsed = panelRowSchema.safeParse(raw);
  if (parsed.success) return parsed.data as PanelRow;
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0]);
    const column = header.find((h) => PANEL_FIELD[h] === field) ?? field;
    errors.addCell(line, column, issue.message, raw[field] ?? "");
  }
  return null;
}
