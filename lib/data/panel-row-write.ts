import { assemblePanel } from "../backtest/panel-assemble";
import { MISSING_FLAG } from "../backtest/panel-columns";
import type { PanelRowSink } from "../backtest/panel-row-sink";
import { PANEL_FLAG, type Panel } from "../backtest/panel-type";
import type { PanelRow } from "../backtest/types";
import { clip, type ErrorCollector, type ImportResult } from "./import-result";
import { PANEL_FIELD, PANEL_REQUIRED_COLUMNS, panelRowSchema, type PanelColumn } from "./panel-schema";

/** The codes of a row's string cells, from whichever interner the reader uses. */
export type RowCodes = { id: number; date: number; sector: number; country: number };

/**
 * Writes a checked row into row `i` of the sink, every column the sink keeps (a popped row may have left
 * values there). Sector and country codes are −1 when the row has none.
 */
export function writePanelRow(sink: PanelRowSink, i: number, row: PanelRow, codes: RowCodes, line: number): void {
  sink.lines[i] = line;
  sink.idKey[i] = codes.id;
  sink.dateKey[i] = codes.date;
  sink.marketCap[i] = row.marketCap;
  sink.returns[i] = row.return ?? NaN;
  sink.flags[i] = (row.isPreferred ? PANEL_FLAG.PREFERRED : 0) | (row.status === "delisted" ? PANEL_FLAG.DELISTED : 0);
  if (sink.profitable) sink.profitable[i] = row.profitable == null ? MISSING_FLAG : row.profitable ? 1 : 0;
  if (sink.analysts) sink.analysts[i] = row.analysts ?? NaN;
  if (sink.tradingValue) sink.tradingValue[i] = row.tradingValue ?? NaN;
  if (sink.sectorKey) sink.sectorKey[i] = codes.sector;
  if (sink.countryKey) sink.countryKey[i] = codes.country;
}

/** The zod schema decides (and explains) every row the fast paths did not accept: the row, or null after reporting. */
export function viaSchema(header: readonly PanelColumn[], cells: readonly string[], line: number, errors: ErrorCollector): PanelRow | null {
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

/** The optional columns a sink keeps for a file with this header. */
export function optionalColumnsOf(header: readonly PanelColumn[]) {
  return {
    profitable: header.includes("profitable"),
    analysts: header.includes("analysts"),
    tradingValue: header.includes("trading_value"),
    sector: header.includes("sector"),
    country: header.includes("country"),
  };
}

/** A wrong field count: the first missing column of a short (truncated?) row, or the last one before extra fields. */
export function reportFieldCount(header: readonly PanelColumn[], found: number, line: number, errors: ErrorCollector): void {
  const short = found < header.length;
  const column = (short ? header[found] : header.at(-1)) ?? null;
  errors.add(line, column, short ? "too_few_fields" : "too_many_fields", { expected: header.length, found });
}

/** What a reader of either route hands over: the header it read (null: none; []: refused) and the rows. */
export type ReadPanelRows = {
  header: PanelColumn[] | null;
  headerLine: number;
  sink: PanelRowSink | null;
  /** Labels by code; may throw (see ByteCodes.labels). */
  labels: () => { ids: string[]; dates: string[]; sectors: string[]; countries: string[] };
};

/** The panel of the rows read, or every error: a missing header, no rows, and each duplicate with both lines. */
export function finishPanel(rows: ReadPanelRows, errors: ErrorCollector): ImportResult<Panel> {
  const { header, sink } = rows;
  if (header === null) errors.add(null, null, "no_panel_header", { columns: PANEL_REQUIRED_COLUMNS.join(",") });
  else if (header.length > 0 && (sink?.count ?? 0) === 0 && errors.count === 0) errors.add(rows.headerLine + 1, "id", "no_data_rows");
  if (sink === null || sink.count === 0) return errors.failure();
  const labels = rows.labels();
  const panel = assemblePanel(sink.columns(labels), (i, earlier) => {
    const id = clip(labels.ids[sink.idKey[i]!] ?? "");
    errors.add(sink.lines[i]!, "date", "duplicate_row", { id, date: labels.dates[sink.dateKey[i]!] ?? "", firstLine: sink.lines[earlier]! });
  });
  return errors.result(() => panel);
}
