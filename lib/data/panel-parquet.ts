import { parquetMetadata, parquetRead, parquetSchema, type FileMetaData } from "hyparquet";
import { compressors } from "hyparquet-compressors";
import { MISSING_FLAG } from "../backtest/panel-columns";
import { PanelRowSink, StringCodes } from "../backtest/panel-row-sink";
import { PANEL_FLAG, type Panel } from "../backtest/panel-type";
import { isFormulaCell } from "./formula-cell";
import { ErrorCollector, type ImportResult } from "./import-result";
import { finishPanel, optionalColumnsOf, viaSchema, writePanelRow, type ReadPanelRows } from "./panel-row-write";
import { panelRowSchema, readPanelHeader, type PanelColumn } from "./panel-schema";

/** "PAR1": the first and last four bytes of every Parquet file. */
export const PARQUET_MAGIC = [0x50, 0x41, 0x52, 0x31] as const;

export const isParquet = (bytes: Uint8Array): boolean =>
  bytes.length >= 12 && PARQUET_MAGIC.every((b, k) => bytes[k] === b && bytes[bytes.length - 4 + k] === b);

/**
 * Importer for a panel stored as Parquet with the CSV panel's columns (panel-schema.ts; the writer is
 * panel-parquet-writer.ts): `id`, `date` text (or a Parquet DATE), numbers as DOUBLE or integers, flags as
 * BOOLEAN or 0/1, text as STRING; nulls are empty cells. Read column by column with hyparquet (and
 * hyparquet-compressors for gzip, zstd, brotli, lz4) into the same columns as the CSV importers, so the
 * panel and its row-order independence are the same (see ColumnFiller).
 *
 * Errors use the CSV importers' codes. A Parquet file has no lines, so an error's line is the row number
 * + 1: the line the row would have in the panel's CSV form (the column names being line 1).
 */
export async function readPanelParquet(bytes: Uint8Array): Promise<ImportResult<Panel>> {
  const errors = new ErrorCollector();
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let metadata: FileMetaData;
  try {
    metadata = parquetMetadata(file);
  } catch (e) {
    errors.add(null, null, "corrupt_parquet", { reason: (e as Error).message.slice(0, 200) });
    return errors.failure();
  }
  const names = parquetSchema(metadata).children.map((c) => c.element.name);
  const header = readPanelHeader(names, 1, errors);
  if (header === null) return errors.failure();
  const rowCount = Number(metadata.num_rows);
  const reader = new ColumnFiller(header, rowCount);
  try {
    await parquetRead({
      file,
      metadata,
      columns: header,
      compressors,
      parsers: { dateFromDays: isoDateOfDays },
      onChunk: ({ columnName, columnData, rowStart }) => reader.fill(columnName as PanelColumn, columnData, rowStart),
    });
    if (reader.badRows.size > 0) {
      // Rare (the file has errors or unusual values): read again for the whole rows the schema must judge.
      await parquetRead({ file, metadata, columns: header, compressors, parsers: { dateFromDays: isoDateOfDays }, onChunk: (c) => reader.keepBad(c.columnName as PanelColumn, c.columnData, c.rowStart) });
    }
  } catch (e) {
    errors.add(null, null, "corrupt_parquet", { reason: (e as Error).message.slice(0, 200) });
    return errors.failure();
  }
  return finishPanel(reader.finish(errors), errors);
}

/**
 * Fills the sink column by column as hyparquet hands over each column chunk (by position: row r is sink
 * row r), so no object is made per row and each chunk is garbage once read. A cell that is not plainly
 * valid marks its row bad; bad rows are judged at the end by the schema, on their cells written as CSV
 * text, and the sink keeps only the rows that pass.
 */
class ColumnFiller {
  readonly sink: PanelRowSink;
  readonly badRows = new Set<number>();
  private readonly badCells = new Map<number, unknown[]>();
  private readonly codes = { id: new StringCodes(), date: new StringCodes(), sector: new StringCodes(), country: new StringCodes() };
  /** Per date code: 1 valid, 2 not (judged once by the schema's date rule). */
  private readonly dateVerdict: number[] = [];

  constructor(
    private readonly header: PanelColumn[],
    rowCount: number,
  ) {
    this.sink = new PanelRowSink(rowCount, optionalColumnsOf(header));
    this.sink.pushAll(rowCount);
    for (let r = 0; r < rowCount; r++) this.sink.lines[r] = r + 2;
  }

  fill(column: PanelColumn, data: ArrayLike<unknown>, rowStart: number): void {
    const { sink } = this;
    const bad = (k: number) => this.badRows.add(rowStart + k);
    const n = data.length;
    switch (column) {
      case "id":
      case "sector":
      case "country": {
        const codes = column === "id" ? this.codes.id : column === "sector" ? this.codes.sector : this.codes.country;
        const out = column === "id" ? sink.idKey : column === "sector" ? sink.sectorKey! : sink.countryKey!;
        for (let k = 0; k < n; k++) {
          const v = data[k];
          if (column !== "id" && (v === null || v === undefined || v === "")) out[rowStart + k] = -1;
          else if (typeof v === "string" && v !== "" && !isFormulaCell(v)) out[rowStart + k] = codes.code(v);
          else bad(k);
        }
        return;
      }
      case "date":
        for (let k = 0; k < n; k++) {
          const v = data[k];
          if (typeof v !== "string") {
            bad(k);
            continue;
          }
          const code = this.codes.date.code(v);
          this.dateVerdict[code] ??= panelRowSchema.shape.date.safeParse(v).success ? 1 : 2;
          if (this.dateVerdict[code] === 1) sink.dateKey[rowStart + k] = code;
          else bad(k);
        }
        return;
      case "market_cap":
        return numbers(data, sink.marketCap, rowStart, 0, false, bad);
      case "return":
        return numbers(data, sink.returns, rowStart, -1, true, bad);
      case "trading_value":
        return numbers(data, sink.tradingValue!, rowStart, 0, true, bad);
      case "analysts":
        for (let k = 0; k < n; k++) {
          const v = data[k];
          const x = numberOf(v);
          if (v === null || v === undefined) sink.analysts![rowStart + k] = NaN;
          else if (Number.isSafeInteger(x) && x >= 0) sink.analysts![rowStart + k] = x;
          else bad(k);
        }
        return;
      case "status":
      case "is_preferred": {
        for (let k = 0; k < n; k++) {
          const flag = column === "status" ? statusFlag(data[k]) : flagOf(data[k]) === 1 ? PANEL_FLAG.PREFERRED : flagOf(data[k]) === 0 ? 0 : -1;
          if (flag < 0) bad(k);
          else sink.flags[rowStart + k]! |= flag;
        }
        return;
      }
      case "profitable":
        for (let k = 0; k < n; k++) {
          const flag = flagOf(data[k]);
          if (flag === -1) bad(k);
          else sink.profitable![rowStart + k] = flag === null ? MISSING_FLAG : flag;
        }
        return;
    }
  }

  /** Second pass: every cell of the bad rows, by column. */
  keepBad(column: PanelColumn, data: ArrayLike<unknown>, rowStart: number): void {
    const c = this.header.indexOf(column);
    for (const r of this.badRows) {
      if (r < rowStart || r >= rowStart + data.length) continue;
      let cells = this.badCells.get(r);
      if (!cells) this.badCells.set(r, (cells = new Array<unknown>(this.header.length).fill(null)));
      cells[c] = data[r - rowStart];
    }
  }

  /** The rows read: bad rows judged by the schema (errors, or their values when it accepts them). */
  finish(errors: ErrorCollector): ReadPanelRows {
    const { sink, codes, header } = this;
    if (this.badRows.size > 0) {
      const keep = new Uint8Array(sink.count).fill(1);
      for (const r of [...this.badRows].sort((a, b) => a - b)) {
        const row = viaSchema(header, (this.badCells.get(r) ?? []).map(cellText), r + 2, errors);
        if (row === null) keep[r] = 0;
        else {
          const rowCodes = {
            id: codes.id.code(row.id),
            date: codes.date.code(row.date),
            sector: row.sector == null ? -1 : codes.sector.code(row.sector),
            country: row.country == null ? -1 : codes.country.code(row.country),
          };
          writePanelRow(sink, r, row, rowCodes, r + 2);
        }
      }
      sink.compact(keep);
    }
    const labels = { ids: codes.id.labels, dates: codes.date.labels, sectors: codes.sector.labels, countries: codes.country.labels };
    return { header, headerLine: 1, sink, labels: () => labels };
  }
}

/** A finite number from a number or a safe bigint; NaN otherwise. */
function numberOf(v: unknown): number {
  if (typeof v === "number") return Number.isFinite(v) ? v : NaN;
  if (typeof v === "bigint") return Number.isSafeInteger(Number(v)) ? Number(v) : NaN;
  return NaN;
}

/** Writes numbers ≥ min into out at rowStart; null is NaN when `nullable`, anything else marks the row bad. */
function numbers(data: ArrayLike<unknown>, out: Float64Array, rowStart: number, min: number, nullable: boolean, bad: (k: number) => void): void {
  if (data instanceof Float64Array) {
    // A required DOUBLE column: no nulls, no conversions.
    for (let k = 0; k < data.length; k++) {
      const x = data[k]!;
      if (x >= min && x < Infinity) out[rowStart + k] = x;
      else bad(k);
    }
    return;
  }
  for (let k = 0; k < data.length; k++) {
    const v = data[k];
    if (v === null || v === undefined) {
      if (nullable) out[rowStart + k] = NaN;
      else bad(k);
      continue;
    }
    const x = numberOf(v);
    if (x >= min) out[rowStart + k] = x;
    else bad(k);
  }
}

/** 1, 0, null (missing), or −1 (not a flag): booleans, 0/1 integers. */
function flagOf(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  if (v === true || v === 1 || v === 1n) return 1;
  if (v === false || v === 0 || v === 0n) return 0;
  return -1;
}

function statusFlag(v: unknown): number {
  if (v === null || v === undefined || v === "" || v === "active") return 0;
  return v === "delisted" ? PANEL_FLAG.DELISTED : -1;
}

/** A value as the panel's CSV would print it, for the schema to judge and quote. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "1" : "0";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "Invalid Date" : v.toISOString();
  return String(v);
}

const DAY_MS = 86_400_000;
/** A Parquet DATE (days since 1970-01-01) as the panel's YYYY-MM-DD text. */
function isoDateOfDays(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}
