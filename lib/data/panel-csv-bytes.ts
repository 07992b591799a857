import { MISSING_FLAG } from "../backtest/panel-columns";
import { PanelRowSink } from "../backtest/panel-row-sink";
import { PANEL_FLAG } from "../backtest/panel-type";
import { MAX_LINE_LENGTH } from "./decode-text";
import type { ErrorCollector } from "./import-result";
import { ByteCodes, FNV_OFFSET, fnvStep } from "./panel-byte-codes";
import { isCellEnd, readDecimal, skipCell, type Cursor } from "./panel-byte-number";
import { fastPanelRowReader } from "./panel-fast-row";
import { optionalColumnsOf, reportFieldCount, viaSchema, writePanelRow, type ReadPanelRows } from "./panel-row-write";
import { panelRowSchema, readPanelHeader, type PanelColumn } from "./panel-schema";

const [NEWLINE, RETURN, COMMA, QUOTE] = [0x0a, 0x0d, 0x2c, 0x22];
/** First bytes that make a longer cell a spreadsheet formula (formula-cell.ts): = + - @ tab CR. */
const FORMULA_START = new Set([0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d]);
const KIND: Record<PanelColumn, number> = {
  id: 0,
  date: 1,
  market_cap: 2,
  return: 3,
  status: 4,
  is_preferred: 5,
  profitable: 6,
  analysts: 7,
  sector: 8,
  country: 9,
  trading_value: 10,
};
/** ByteCodes verdicts. */
const [VALID, INVALID] = [1, 2];

/** Thrown inside the scan when the text route must read the file instead. */
class UseTextRoute extends Error {}

/**
 * The byte route of readPanelCsv: cells are read from the file's bytes into the panel's columns, with no
 * string per cell (ids, dates and labels through ByteCodes, numbers through parseDecimal). A cell the fast
 * readers do not accept sends its row to the zod schema (decoded to strings), which accepts it or explains
 * it, exactly as on the text route.
 *
 * @returns the rows read (with any row errors in `errors`), or null when the text route must read the file:
 *   no bytes, a UTF-16 byte-order mark, a NUL byte, a double quote anywhere (quoted fields need a real CSV
 *   parser), invalid UTF-8, a line over MAX_LINE_LENGTH bytes, or no header line. The text route then
 *   reports the file-level problem exactly as every importer does (decodeImportText).
 */
export function scanPanelCsvBytes(bytes: Uint8Array, errors: ErrorCollector): ReadPanelRows | null {
  if (bytes.length === 0 || bytes[0] === 0xfe || bytes[0] === 0xff) return null;
  if (bytes.indexOf(0) >= 0 || bytes.indexOf(QUOTE) >= 0) return null;
  try {
    return scan(bytes, errors);
  } catch (e) {
    if (e instanceof UseTextRoute || e instanceof TypeError) return null; // TypeError: the strict decoder refused a cell
    throw e;
  }
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function scan(bytes: Uint8Array, errors: ErrorCollector): ReadPanelRows | null {
  let pos = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let line = 1;
  let header: PanelColumn[] | null = null;
  let headerLine = 1;
  for (; pos < bytes.length && header === null; line++) {
    let end = bytes.indexOf(NEWLINE, pos);
    if (end < 0) end = bytes.length;
    const stop = end > pos && bytes[end - 1] === RETURN ? end - 1 : end;
    if (stop - pos > MAX_LINE_LENGTH) return null;
    if (stop > pos) {
      const text = strictUtf8.decode(bytes.subarray(pos, stop));
      if (text.trim() === "") return null; // perhaps a blank file: decodeImportText says so
      header = readPanelHeader(text.split(","), line, errors) ?? [];
      headerLine = line;
    }
    pos = end + 1;
  }
  if (header === null) return null; // blank: decodeImportText names it
  if (header.length === 0) return { header, headerLine, sink: null, labels: () => ({ ids: [], dates: [], sectors: [], countries: [] }) };

  const sink = new PanelRowSink(countLines(bytes, pos), optionalColumnsOf(header));
  const codes = { ids: new ByteCodes(bytes), dates: new ByteCodes(bytes), sectors: new ByteCodes(bytes), countries: new ByteCodes(bytes) };
  new RowReader(bytes, header, sink, codes, errors).rows(pos, line);
  const labels = { ids: codes.ids.labels(), dates: codes.dates.labels(), sectors: codes.sectors.labels(), countries: codes.countries.labels() };
  return { header, headerLine, sink, labels: () => labels };
}

/** Lines from `pos` on: the sink's capacity, so its columns are allocated once. */
function countLines(bytes: Uint8Array, pos: number): number {
  let count = 1;
  for (let i = bytes.indexOf(NEWLINE, pos); i >= 0; i = bytes.indexOf(NEWLINE, i + 1)) count++;
  return count;
}

/**
 * Reads the data lines into the sink. Each cell is read in one pass that also finds its end (a number is
 * parsed, a text cell hashed, as its bytes go by), so a line is walked once.
 */
class RowReader {
  private readonly kinds: Int32Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly fastRow: ReturnType<typeof fastPanelRowReader>;
  private readonly cursor: Cursor = { end: 0 };

  constructor(
    private readonly bytes: Uint8Array,
    private readonly header: readonly PanelColumn[],
    private readonly sink: PanelRowSink,
    private readonly codes: { ids: ByteCodes; dates: ByteCodes; sectors: ByteCodes; countries: ByteCodes },
    private readonly errors: ErrorCollector,
  ) {
    this.kinds = Int32Array.from(header, (c) => KIND[c]);
    this.starts = new Int32Array(header.length + 1);
    this.ends = new Int32Array(header.length + 1);
    this.fastRow = fastPanelRowReader(header);
  }

  /** Every line from byte `pos`, which is line number `line`. */
  rows(pos: number, line: number): void {
    const { bytes } = this;
    const length = bytes.length;
    while (pos < length) {
      const b = bytes[pos];
      if (b === NEWLINE || (b === RETURN && (pos + 1 === length || bytes[pos + 1] === NEWLINE))) {
        pos += b === NEWLINE ? 1 : 2; // an empty line
      } else {
        const end = this.row(pos, line);
        if (end - pos > MAX_LINE_LENGTH) throw new UseTextRoute();
        pos = end + (bytes[end] === RETURN ? 2 : 1);
      }
      line++;
    }
  }

  /** Reads the line starting at `start` and returns where it ends (its "\r\n", "\n" or the end of the bytes). */
  private row(start: number, line: number): number {
    const { bytes, kinds, starts, ends, sink, cursor } = this;
    const fields = kinds.length;
    const i = sink.push();
    sink.lines[i] = line;
    let flags = 0;
    let accepted = true;
    let f = 0;
    let s = start;
    for (;;) {
      if (f < fields && accepted) {
        const kind = kinds[f]!;
        if (kind === 4 || kind === 5) {
          const flag = kind === 4 ? this.status(s) : this.preferred(s);
          if (flag < 0) accepted = false;
          else flags |= flag;
        } else accepted = this.cell(kind, s, i);
      } else skipCell(bytes, s, cursor);
      if (f < fields) {
        starts[f] = s;
        ends[f] = cursor.end;
      }
      f++;
      const e = cursor.end;
      if (e < bytes.length && bytes[e] === COMMA) s = e + 1;
      else break;
    }
    if (f !== fields) {
      sink.pop();
      reportFieldCount(this.header, f, line, this.errors);
    } else if (accepted) sink.flags[i] = flags;
    else {
      sink.pop();
      this.viaStrings(line);
    }
    return cursor.end;
  }

  /** Reads the cell at s of a column other than status and is_preferred into row i; false if the schema must judge it. */
  private cell(kind: number, s: number, i: number): boolean {
    const { bytes, sink, codes, cursor } = this;
    switch (kind) {
      case 0: {
        const code = this.text(codes.ids, s);
        sink.idKey[i] = code;
        return code >= 0 && this.plainText(codes.ids, code, s);
      }
      case 1: {
        const code = this.text(codes.dates, s);
        sink.dateKey[i] = code;
        if (code < 0) return false;
        let verdict = codes.dates.verdict[code]!;
        if (verdict === 0) verdict = codes.dates.verdict[code] = isDate(strictUtf8.decode(bytes.subarray(s, cursor.end))) ? VALID : INVALID;
        return verdict === VALID;
      }
      case 2: {
        const cap = readDecimal(bytes, s, cursor);
        sink.marketCap[i] = cap;
        return cap >= 0 && cap < Infinity;
      }
      case 3: {
        const r = readDecimal(bytes, s, cursor);
        sink.returns[i] = r;
        return cursor.end === s || (r >= -1 && r < Infinity);
      }
      case 6: {
        skipCell(bytes, s, cursor);
        const b = bytes[s];
        sink.profitable![i] = cursor.end === s ? MISSING_FLAG : b === 0x31 ? 1 : 0;
        return cursor.end === s || (cursor.end === s + 1 && (b === 0x30 || b === 0x31));
      }
      case 7: {
        const n = readDecimal(bytes, s, cursor);
        sink.analysts![i] = n;
        // Only plain digits here; "+3", "3.0" and the like go to the schema, which has the last word.
        return cursor.end === s || (Number.isSafeInteger(n) && digitsOnly(bytes, s, cursor.end));
      }
      case 8:
      case 9: {
        const codesOf = kind === 8 ? codes.sectors : codes.countries;
        const code = this.text(codesOf, s);
        (kind === 8 ? sink.sectorKey : sink.countryKey)![i] = code;
        return code < 0 || this.plainText(codesOf, code, s);
      }
      case 10: {
        const value = readDecimal(bytes, s, cursor);
        sink.tradingValue![i] = value;
        return cursor.end === s || (value >= 0 && value < Infinity);
      }
    }
    return false;
  }

  /** The code of the text cell at s (hashed as it is scanned), −1 when it is empty. */
  private text(codes: ByteCodes, s: number): number {
    const { bytes, cursor } = this;
    let hash = FNV_OFFSET;
    let e = s;
    while (!isCellEnd(bytes, e)) hash = fnvStep(hash, bytes[e++]!);
    cursor.end = e;
    if (e === s) return -1;
    return codes.codeHashed(s, e, hash);
  }

  /** Whether the text cell at s (ending at cursor.end) is not a spreadsheet formula (formula-cell.ts); judged once per value. */
  private plainText(codes: ByteCodes, code: number, s: number): boolean {
    let verdict = codes.verdict[code]!;
    if (verdict === 0) verdict = codes.verdict[code] = this.cursor.end - s > 1 && FORMULA_START.has(this.bytes[s]!) ? INVALID : VALID;
    return verdict === VALID;
  }

  /** PANEL_FLAG bits of a status cell, −1 for anything but "", "active" and "delisted". */
  private status(s: number): number {
    skipCell(this.bytes, s, this.cursor);
    const e = this.cursor.end;
    if (e === s || matches(this.bytes, s, e, ACTIVE)) return 0;
    return matches(this.bytes, s, e, DELISTED) ? PANEL_FLAG.DELISTED : -1;
  }

  private preferred(s: number): number {
    skipCell(this.bytes, s, this.cursor);
    const e = this.cursor.end;
    if (e === s) return 0;
    const b = this.bytes[s];
    return e === s + 1 && (b === 0x30 || b === 0x31) ? (b === 0x31 ? PANEL_FLAG.PREFERRED : 0) : -1;
  }

  /** The row as strings, through the string fast path or the schema; its text cells are coded from their bytes. */
  private viaStrings(line: number): void {
    const { bytes, starts, ends, header, codes } = this;
    const cells = header.map((_, f) => strictUtf8.decode(bytes.subarray(starts[f]!, ends[f]!)));
    const row = this.fastRow(cells) ?? viaSchema(header, cells, line, this.errors);
    if (row === null) return;
    const at = (column: PanelColumn) => header.indexOf(column);
    const code = (c: ByteCodes, column: PanelColumn, value: unknown) => (value == null ? -1 : c.code(starts[at(column)]!, ends[at(column)]!));
    const rowCodes = {
      id: code(codes.ids, "id", row.id),
      date: code(codes.dates, "date", row.date),
      sector: code(codes.sectors, "sector", row.sector),
      country: code(codes.countries, "country", row.country),
    };
    writePanelRow(this.sink, this.sink.push(), row, rowCodes, line);
  }
}

const ACTIVE = Uint8Array.from("active", (c) => c.charCodeAt(0));
const DELISTED = Uint8Array.from("delisted", (c) => c.charCodeAt(0));

function matches(bytes: Uint8Array, s: number, e: number, word: Uint8Array): boolean {
  if (e - s !== word.length) return false;
  for (let k = 0; k < word.length; k++) if (bytes[s + k] !== word[k]) return false;
  return true;
}

function digitsOnly(bytes: Uint8Array, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (bytes[k]! < 0x30 || bytes[k]! > 0x39) return false;
  return true;
}

/** The schema's own date rule (format and calendar), run once per distinct date. */
const isDate = (text: string) => panelRowSchema.shape.date.safeParse(text).success;
