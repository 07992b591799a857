import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { MAX_LINE_LENGTH } from "./decode-text";
import type { ErrorCollector } from "./import-result";
import { readKrxDailyCells, readKrxDailyHeader, type KrxDailyRow } from "./krx-daily-layout";

/** Receives each valid row with its 1-based line (CSV) or row (Parquet). */
export type KrxRowSink = (row: KrxDailyRow, line: number) => void;
/** Called every PROGRESS_EVERY rows with the rows read so far (the caller reports the end of a file). */
export type KrxProgress = (rows: number) => void;

export const PROGRESS_EVERY = 250_000;

const NEWLINE = 0x0a;
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Reads a marcap CSV, plain or gzip-compressed (recognised by its first two bytes, 1f 8b, not by the file
 * name), as a stream: a yearly file is ~100 MB of text and is never held whole. Each complete line is decoded
 * as strict UTF-8 and split on commas outside double quotes (the publisher quotes every text cell). Errors go
 * to `errors` with the file's line; rows with an error are not passed on, and reading goes on so that every
 * error is counted.
 * @returns the number of data rows read (valid or not).
 */
export async function readKrxDailyCsv(chunks: AsyncIterable<Uint8Array>, onRow: KrxRowSink, errors: ErrorCollector, onProgress?: KrxProgress): Promise<number> {
  const lines = new LineReader(onRow, errors, onProgress);
  try {
    for await (const chunk of decompressed(chunks)) if (!lines.push(chunk)) return lines.rows;
  } catch (e) {
    errors.add(null, null, "corrupt_gzip", { reason: (e as Error).message });
    return lines.rows;
  }
  lines.end();
  return lines.rows;
}

/** The bytes as they are, or gunzipped when they start with the gzip magic number. */
async function* decompressed(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const all = (async function* () {
    yield first.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  })();
  if (first.value[0] !== 0x1f || first.value[1] !== 0x8b) {
    yield* all;
    return;
  }
  const gunzip = createGunzip();
  const source = Readable.from(all);
  source.on("error", (e) => gunzip.destroy(e));
  source.pipe(gunzip);
  for await (const chunk of gunzip) yield chunk as Uint8Array;
}

/** Splits bytes into lines, decodes them and hands each row's cells to the layout's reader. */
class LineReader {
  rows = 0;
  private line = 0;
  private carry: Uint8Array | null = null;
  private header: number[] | null = null;
  private width = 0;
  private failed = false;

  constructor(
    private readonly onRow: KrxRowSink,
    private readonly errors: ErrorCollector,
    private readonly onProgress?: KrxProgress,
  ) {}

  /** @returns false once reading cannot go on (bad encoding, a missing column, an endless line). */
  push(chunk: Uint8Array): boolean {
    const bytes = this.carry ? concat(this.carry, chunk) : chunk;
    const end = bytes.lastIndexOf(NEWLINE);
    if (end < 0) {
      this.carry = bytes;
      if (bytes.length > MAX_LINE_LENGTH * 4) {
        this.errors.add(this.line + 1, null, "line_too_long", { length: bytes.length, limit: MAX_LINE_LENGTH });
        return false;
      }
      return true;
    }
    this.carry = end + 1 < bytes.length ? bytes.slice(end + 1) : null;
    return this.text(bytes.subarray(0, end + 1));
  }

  end(): void {
    if (this.carry && !this.failed) this.text(this.carry);
    this.carry = null;
    if (!this.failed && this.header === null && this.errors.count === 0) this.errors.add(null, null, this.line === 0 ? "empty_file" : "blank_file");
    else if (!this.failed && this.rows === 0 && this.errors.count === 0) this.errors.add(null, null, "no_data_rows");
  }

  /** Whole lines (the bytes end at a newline or at the end of the file). */
  private text(bytes: Uint8Array): boolean {
    let text: string;
    try {
      text = strictUtf8.decode(bytes);
    } catch {
      this.badUtf8(bytes);
      return false;
    }
    let start = 0;
    while (start < text.length) {
      let stop = text.indexOf("\n", start);
      if (stop < 0) stop = text.length;
      this.line++;
      let content = text.slice(start, text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop);
      start = stop + 1;
      if (this.line === 1 && content.charCodeAt(0) === 0xfeff) content = content.slice(1);
      if (content.length > MAX_LINE_LENGTH) {
        this.errors.add(this.line, null, "line_too_long", { length: content.length, limit: MAX_LINE_LENGTH });
        continue;
      }
      if (content.trim() === "") continue;
      if (!this.record(content)) return false;
    }
    return true;
  }

  private record(content: string): boolean {
    const cells = splitCsvLine(content);
    if (typeof cells === "string") {
      this.errors.add(this.line, null, cells);
      if (this.header === null) this.failed = true;
      return this.header !== null;
    }
    if (this.header === null) {
      this.header = readKrxDailyHeader(cells, this.line, this.errors);
      this.width = cells.length;
      if (this.header === null) this.failed = true;
      return this.header !== null;
    }
    this.rows++;
    if (this.rows % PROGRESS_EVERY === 0) this.onProgress?.(this.rows);
    if (cells.length !== this.width) {
      const code = cells.length < this.width ? "too_few_fields" : "too_many_fields";
      this.errors.add(this.line, null, code, { expected: this.width, found: cells.length });
      return true;
    }
    const row = readKrxDailyCells(
      this.header.map((i) => cells[i]),
      this.line,
      this.errors,
    );
    if (row) this.onRow(row, this.line);
    return true;
  }

  /** Names the first line that is not UTF-8 and the byte's position in it. */
  private badUtf8(bytes: Uint8Array): void {
    this.failed = true;
    let start = 0;
    let line = this.line;
    while (start < bytes.length) {
      let stop = bytes.indexOf(NEWLINE, start);
      if (stop < 0) stop = bytes.length;
      line++;
      try {
        strictUtf8.decode(bytes.subarray(start, stop));
      } catch {
        const at = firstBadByte(bytes.subarray(start, stop));
        const byte = (bytes[start + at] ?? 0).toString(16).toUpperCase().padStart(2, "0");
        this.errors.add(line, null, "not_utf8", { byte, position: at + 1 });
        return;
      }
      start = stop + 1;
    }
  }
}

/** The first byte a strict decoder refuses, found by decoding ever longer prefixes (only after a failure). */
function firstBadByte(bytes: Uint8Array): number {
  let good = 0;
  for (let i = 1; i <= bytes.length; i++) {
    try {
      strictUtf8.decode(bytes.subarray(good, i));
      good = i;
    } catch {
      // A multi-byte character may still be incomplete: only a refusal four bytes on is final.
      if (i - good >= 4) return good;
    }
  }
  return good;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

type QuoteProblem = "unclosed_quote" | "text_after_quote" | "quote_in_field";

/**
 * One CSV line's fields (RFC 4180 quoting within the line; the publisher's cells never hold a line break).
 * @example splitCsvLine('"005930","삼성전자",53400.0,""') → ["005930", "삼성전자", "53400.0", ""]
 */
export function splitCsvLine(line: string): string[] | QuoteProblem {
  if (!line.includes('"')) return line.split(",");
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line.charCodeAt(i) === 34) {
      const from = i + 1;
      let quote = line.indexOf('"', from);
      if (quote < 0) return "unclosed_quote";
      // Almost every quoted cell has no doubled quote inside: one slice, no concatenation.
      let value: string | null = null;
      while (line.charCodeAt(quote + 1) === 34) {
        value = (value ?? line.slice(from, quote)) + '"';
        const next = line.indexOf('"', quote + 2);
        if (next < 0) return "unclosed_quote";
        value += line.slice(quote + 2, next);
        quote = next;
      }
      i = quote + 1;
      fields.push(value ?? line.slice(from, quote));
      if (i === line.length) return fields;
      if (line.charCodeAt(i) !== 44) return "text_after_quote";
      i++;
    } else {
      let comma = line.indexOf(",", i);
      if (comma < 0) comma = line.length;
      const value = line.slice(i, comma);
      if (value.includes('"')) return "quote_in_field";
      fields.push(value);
      if (comma === line.length) return fields;
      i = comma + 1;
    }
  }
}
