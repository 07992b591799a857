import { ErrorCollector, type ImportResult } from "./import-result";

/**
 * The one way a file's bytes become an importer's text, for every import path (the import CLI, the
 * back-test CLI's --panel, the admin upload). File-level problems are reported by line, column "":
 * - an empty file (no bytes, or only a byte-order mark and white space);
 * - a binary file: any NUL byte (no text format we read contains one; UTF-16 text has one in every ASCII
 *   character, so a UTF-16 file is named as such when it starts with a UTF-16 byte-order mark);
 * - any encoding but UTF-8: decoding is strict (`fatal: true`), never a silent U+FFFD replacement, so a
 *   Latin-1 "É" or a CP949 "삼" cannot slip into a name; a UTF-8 byte-order mark is accepted and dropped;
 * - a line longer than MAX_LINE_LENGTH.
 */

/**
 * 64 KiB (65,536 characters). The longest real line seen is ~1,400 characters (an iShares disclaimer); a
 * longer one is a broken or binary file, and the limit bounds what one line costs the CSV parser.
 */
export const MAX_LINE_LENGTH = 64 * 1024;

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const NEWLINE = 0x0a;

/**
 * @returns the text without its byte-order mark, or the file-level errors.
 * @example decodeImportText(Buffer.from("caf\xe9\n", "latin1"))
 *   → { ok: false, errors: [{ row: 1, column: "", message: "not UTF-8: byte 0xE9 at byte 4 of this line …" }], total: 1 }
 */
export function decodeImportText(bytes: Uint8Array): ImportResult<string> {
  const errors = new ErrorCollector();
  const problem = byteProblem(bytes);
  if (problem) {
    errors.add(problem.row, "", problem.message);
    return errors.failure();
  }
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8Byte(bytes);
    const { row, offset } = lineOf(bytes, at);
    const hex = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, "0");
    errors.add(row, "", `not UTF-8: byte 0x${hex} at byte ${offset} of this line cannot be decoded (Latin-1, Windows-1252, CP949/EUC-KR?); save the file as UTF-8`);
    return errors.failure();
  }
  if (!/\S/.test(text)) errors.add(1, "", "empty file: only white space");
  else checkLineLengths(text, errors);
  return errors.result(() => text);
}

function byteProblem(bytes: Uint8Array): { row: number; message: string } | null {
  if (bytes.length === 0) return { row: 1, message: "empty file: no bytes" };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { row: 1, message: "UTF-16 text (it starts with a UTF-16 byte-order mark): save the file as UTF-8" };
  }
  const nul = bytes.indexOf(0);
  if (nul < 0) return null;
  const { row, offset } = lineOf(bytes, nul);
  return { row, message: `binary content: a NUL byte at byte ${offset} of this line; expected a CSV text file` };
}

/** 1-based line of byte `at`, and its 1-based byte position within that line. */
function lineOf(bytes: Uint8Array, at: number): { row: number; offset: number } {
  let row = 1;
  let start = 0;
  for (let i = bytes.indexOf(NEWLINE); i >= 0 && i < at; i = bytes.indexOf(NEWLINE, i + 1)) {
    row++;
    start = i + 1;
  }
  return { row, offset: at - start + 1 };
}

/**
 * Offset of the first byte that starts an ill-formed UTF-8 sequence (RFC 3629 §4: no overlong forms, no
 * surrogates, nothing above U+10FFFF), or 0 if none is found. Only called once the strict decoder has
 * refused the bytes, to say where.
 */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const extra = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
    if (extra === 0) return i;
    // The second byte's range is narrower after E0/ED/F0/F4 (overlongs, surrogates, > U+10FFFF).
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= extra; k++) {
      const b = bytes[i + k];
      if (b === undefined || b < (k === 1 ? low : 0x80) || b > (k === 1 ? high : 0xbf)) return i;
    }
    i += extra + 1;
  }
  return 0;
}

function checkLineLengths(text: string, errors: ErrorCollector): void {
  let start = 0;
  for (let row = 1; start <= text.length; row++) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const length = end - start - (text.charCodeAt(end - 1) === 13 ? 1 : 0);
    if (length > MAX_LINE_LENGTH) {
      errors.add(row, "", `line too long: ${length} characters, the limit is ${MAX_LINE_LENGTH} (64 KiB)`);
    }
    start = end + 1;
  }
}
