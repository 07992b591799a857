import { ErrorCollector, importProblem, type ImportProblem, type ImportResult } from "./import-result";

/**
 * The one way a file's bytes become an importer's text, for every import path (the import CLI, the
 * back-test CLI's --panel, the admin upload). Problems are reported with no column, and with no line when they
 * are the whole file's:
 * - an empty file (no bytes, or only a byte-order mark and white space; no line);
 * - a binary file: any NUL byte (no text format we read contains one; UTF-16 text has one in every ASCII
 *   character, so a UTF-16 file is named as such, with no line, when it starts with a UTF-16 byte-order mark);
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
 *   → { ok: false, errors: [{ line: 1, column: null, code: "not_utf8", params: { byte: "E9", position: 4 } }], total: 1 }
 */
export function decodeImportText(bytes: Uint8Array): ImportResult<string> {
  const errors = new ErrorCollector();
  const problem = byteProblem(bytes);
  if (problem) {
    errors.report(problem.line, null, problem);
    return errors.failure();
  }
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8Byte(bytes);
    const { line, position } = lineOf(bytes, at);
    errors.add(line, null, "not_utf8", { byte: (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, "0"), position });
    return errors.failure();
  }
  if (!/\S/.test(text)) errors.add(null, null, "blank_file");
  else checkLineLengths(text, errors);
  return errors.result(() => text);
}

function byteProblem(bytes: Uint8Array): (ImportProblem & { line: number | null }) | null {
  if (bytes.length === 0) return { line: null, ...importProblem("empty_file") };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { line: null, ...importProblem("utf16") };
  const nul = bytes.indexOf(0);
  if (nul < 0) return null;
  const { line, position } = lineOf(bytes, nul);
  return { line, ...importProblem("binary", { position }) };
}

/** 1-based line of byte `at`, and its 1-based byte position within that line. */
function lineOf(bytes: Uint8Array, at: number): { line: number; position: number } {
  let line = 1;
  let start = 0;
  for (let i = bytes.indexOf(NEWLINE); i >= 0 && i < at; i = bytes.indexOf(NEWLINE, i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, position: at - start + 1 };
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
  for (let line = 1; start <= text.length; line++) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const length = end - start - (text.charCodeAt(end - 1) === 13 ? 1 : 0);
    if (length > MAX_LINE_LENGTH) errors.add(line, null, "line_too_long", { length, limit: MAX_LINE_LENGTH });
    start = end + 1;
  }
}
