import { constants, gunzipSync } from "node:zlib";
import { ISHARES_COLUMNS } from "./ishares-layout";
import { KRX_COLUMNS } from "./krx-row";
import { PANEL_REQUIRED_COLUMNS } from "./panel-schema";

/**
 * Which importer a file is for, from its content alone: the CLI's --dir mode and the admin upload take files
 * whatever their names (a renamed copy is still recognised; a misleading name does not fool it). Only the
 * first SNIFF_BYTES are read, so a 50 MB upload costs no more than a small one. Recognising is not
 * validating: the importer chosen still checks every line.
 */
export const FILE_KINDS = [
  "ishares_holdings",
  "french_factors",
  "french_size",
  "french_size_bm",
  "krx_constituents",
  "eps_estimates",
  "panel_csv",
  "panel_parquet",
  "krx_daily",
  "unknown",
] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** `gzip`: the bytes are gzip-compressed (the kind is that of the text inside). */
export type DetectedFile = { kind: FileKind; gzip: boolean };

export const SNIFF_BYTES = 64 * 1024;
/** What the gzipped head may inflate to; a head that inflates to more (a compression bomb) is retried shorter. */
const MAX_INFLATED = 4 * 1024 * 1024;

const PARQUET_MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"

/**
 * @param _fileName accepted so callers pass what they have; the kind never depends on it.
 * @example detectFileKind(readFileSync("renamed.txt"), "renamed.txt") → { kind: "french_factors", gzip: false }
 */
export function detectFileKind(bytes: Uint8Array, _fileName: string): DetectedFile {
  const head = bytes.subarray(0, SNIFF_BYTES);
  // Parquet, not only a panel: the caller decides which reader (a panel, or a KRX daily parquet) to try.
  if (PARQUET_MAGIC.every((b, i) => head[i] === b)) return { kind: "panel_parquet", gzip: false };
  if (head[0] === 0x1f && head[1] === 0x8b) {
    const inflated = inflateHead(head);
    return { kind: inflated ? kindOfText(decodeHead(inflated)) : "unknown", gzip: true };
  }
  return { kind: kindOfText(decodeHead(head)), gzip: false };
}

/**
 * The start of a gzip stream's content. Z_SYNC_FLUSH lets zlib hand over what it inflated from a cut
 * stream instead of failing at the missing end.
 */
function inflateHead(head: Uint8Array): Uint8Array | null {
  // A compressed byte inflates to at most ~1,032 bytes, so 1 KiB cannot pass MAX_INFLATED.
  for (const length of [head.length, 1024]) {
    try {
      return gunzipSync(head.subarray(0, length), { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: MAX_INFLATED });
    } catch {
      // Corrupt, or inflated past MAX_INFLATED: try a shorter head, then give up.
    }
  }
  return null;
}

/** Lenient: the head may end inside a multi-byte character, and a bad byte is the importer's to report. */
function decodeHead(bytes: Uint8Array): string {
  const text = new TextDecoder("utf-8").decode(bytes.subarray(0, SNIFF_BYTES));
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Header cells as written, unquoted and trimmed: enough to recognise a header without a full CSV parse. */
const cellsOf = (line: string) => line.split(",").map((c) => c.replace(/"/g, "").trim());
const hasAll = (cells: readonly string[], names: readonly string[]) => names.every((n) => cells.includes(n));
const hasAny = (cells: readonly string[], names: readonly string[]) => names.some((n) => cells.includes(n));

function kindOfText(text: string): FileKind {
  if (/^\s*\[/.test(text)) return isEpsCalendar(text) ? "eps_estimates" : "unknown";
  const lines = text.split(/\r?\n/);
  const first = cellsOf(lines.find((l) => l.trim() !== "") ?? "");
  if (hasAll(first, Object.values(KRX_COLUMNS))) return "krx_constituents";
  // FinanceData/marcap's daily layout (krx-daily-layout.ts has all eighteen columns).
  if (hasAll(first, ["Code", "Name", "Close", "Marcap", "Date"])) return "krx_daily";
  if (hasAll(first, PANEL_REQUIRED_COLUMNS)) return "panel_csv";
  for (const [i, line] of lines.entries()) {
    const cells = cellsOf(line);
    if (isIsharesHeader(cells)) return "ishares_holdings";
    const french = line.trimStart().startsWith(",") ? frenchKind(cells, lines.slice(0, i)) : null;
    if (french) return french;
  }
  return "unknown";
}

/** The EPS-calendar layout: an array of records with at least these keys in the head. */
function isEpsCalendar(text: string): boolean {
  return ["symbol", "reportDate", "estimate"].every((key) => new RegExp(`"${key}"\\s*:`).test(text));
}

function isIsharesHeader(cells: readonly string[]): boolean {
  return (
    hasAny(cells.slice(0, 1), ISHARES_COLUMNS.ticker) &&
    hasAny(cells, ISHARES_COLUMNS.assetClass) &&
    hasAny(cells, ISHARES_COLUMNS.weight)
  );
}

/**
 * French's section headers start with a comma. Factor files name Mkt-RF and SMB; the size × book-to-market
 * files "SMALL LoBM" (2×3 and 5×5) or "ME1 BM1"; Portfolios_Formed_on_ME the 30/40/30 split or deciles.
 * Other one-way sorts (BE/ME, operating profit, …) print the same Lo 30/Hi 30 columns, so when a preamble
 * survives it must speak of size ("returns for size portfolios"); a stripped file is taken as size.
 */
function frenchKind(cells: readonly string[], before: readonly string[]): FileKind | null {
  if (hasAll(cells, ["Mkt-RF", "SMB"])) return "french_factors";
  if (hasAny(cells, ["SMALL LoBM", "ME1 BM1"])) return "french_size_bm";
  if (hasAll(cells, ["Lo 30", "Hi 30"]) || hasAll(cells, ["Lo 10", "Hi 10"])) {
    const preamble = before.join("\n");
    return preamble.trim() === "" || /\bsize\b/i.test(preamble) ? "french_size" : "unknown";
  }
  return null;
}
