import { PanelRowSink, StringCodes } from "../backtest/panel-row-sink";
import type { Panel } from "../backtest/panel-type";
import { forEachCsvRecord } from "./csv-records";
import { decodeImportText } from "./decode-text";
import { ErrorCollector, stripBom, type ImportResult } from "./import-result";
import { scanPanelCsvBytes } from "./panel-csv-bytes";
import { fastPanelRowReader } from "./panel-fast-row";
import { finishPanel, optionalColumnsOf, reportFieldCount, viaSchema, writePanelRow, type ReadPanelRows } from "./panel-row-write";
import { readPanelHeader } from "./panel-schema";

/**
 * Importer for the per-security panel CSV (domain.md §3):
 * `id,date,market_cap,return[,status,is_preferred,profitable,analysts,sector,country,trading_value]`,
 * straight into the columnar `Panel` the engine reads.
 *
 * Rows may come in any order (files concatenated year by year, newest first, or exported by id or by
 * date): ids and dates are sorted when the panel is assembled. The same (id, date) twice is an error on
 * the later line that names the earlier one. Empty cells are null ("no data").
 *
 * Two routes, one result (a test checks they agree): a file with no double quote, valid UTF-8 and lines
 * within the length limit is read from its bytes (panel-csv-bytes.ts); any other file is decoded by
 * `decodeImportText`, which names its file-level problem, and read as text through csv-parse.
 *
 * @example readPanelCsv(utf8("id,date,market_cap,return\nA,2020-05-31,100,0.05\n"))
 *   → { ok: true, value: { ids: ["A"], dates: ["2020-05-31"], marketCap: [100], returns: [0.05], … } }
 */
export function readPanelCsv(bytes: Uint8Array): ImportResult<Panel> {
  const errors = new ErrorCollector();
  const scanned = scanPanelCsvBytes(bytes, errors);
  if (scanned !== null) return finishPanel(scanned, errors);
  const text = decodeImportText(bytes);
  return text.ok ? parsePanelCsv(text.value) : text;
}

/**
 * The text route: `text` as decoded by `decodeImportText`. Each record's cells are strings; most rows take
 * the fast path of panel-fast-row.ts, and the zod schema judges and explains the rest.
 */
export function parsePanelCsv(text: string): ImportResult<Panel> {
  const errors = new ErrorCollector();
  const codes = { ids: new StringCodes(), dates: new StringCodes(), sectors: new StringCodes(), countries: new StringCodes() };
  const rows: ReadPanelRows = {
    header: null,
    headerLine: 1,
    sink: null,
    labels: () => ({ ids: codes.ids.labels, dates: codes.dates.labels, sectors: codes.sectors.labels, countries: codes.countries.labels }),
  };
  let fastRow: ReturnType<typeof fastPanelRowReader> = () => null;

  const failure = forEachCsvRecord(stripBom(text), (cells, line) => {
    if (rows.header === null) {
      rows.headerLine = line;
      rows.header = readPanelHeader(cells, line, errors) ?? [];
      fastRow = fastPanelRowReader(rows.header);
      rows.sink = new PanelRowSink(1024, optionalColumnsOf(rows.header));
      return;
    }
    const { header, sink } = rows;
    if (header.length === 0 || sink === null) return; // the header was refused: row errors would only repeat it
    if (cells.length !== header.length) return reportFieldCount(header, cells.length, line, errors);
    const row = fastRow(cells) ?? viaSchema(header, cells, line, errors);
    if (row === null) return;
    const rowCodes = {
      id: codes.ids.code(row.id),
      date: codes.dates.code(row.date),
      sector: row.sector == null ? -1 : codes.sectors.code(row.sector),
      country: row.country == null ? -1 : codes.countries.code(row.country),
    };
    writePanelRow(sink, sink.push(), row, rowCodes, line);
  });

  if (failure) errors.report(failure.line, rows.header?.[failure.field] ?? null, failure.problem);
  return finishPanel(rows, errors);
}
