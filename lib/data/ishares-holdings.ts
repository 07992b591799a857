import type { Region, Size } from "../market/regions";
import type { ConstituentSnapshot } from "../market/types";
import { parseCsvLine } from "./csv-records";
import { clip, ErrorCollector, stripBom, type ImportResult } from "./import-result";
import { detectLayout, ISHARES_COLUMNS, readAsOfDate, REQUIRED_FIELDS, type IsharesField, type IsharesLayout } from "./ishares-layout";
import { readIsharesTable, type NonEquityLine } from "./ishares-table";

export type { NonEquityLine } from "./ishares-table";

/**
 * Importer for iShares "Fund Holdings" CSV exports: an optional preamble (fund name, "Fund Holdings as of",
 * …), a header row, the holdings table up to the first blank line, then a disclaimer that is ignored.
 * Which lines are constituents, and what counts as a duplicated row: see ishares-table.ts.
 * Weights are the file's "Weight (%)" ÷ 100, not re-normalised: equity lines sum to ~99.4–99.9% of the fund.
 */
export type IsharesImport = {
  fundName: string | null;
  layout: IsharesLayout;
  /** Preamble key/value lines as printed, e.g. { "Shares Outstanding": "278,750,000.00" }. */
  preamble: Record<string, string>;
  snapshot: ConstituentSnapshot;
  other: NonEquityLine[];
};

/** What the caller knows about the file and the file does not say. */
export type IsharesImportOptions = { id: string; label: string; source: string; region: Region; size: Size };

const FIELDS = Object.keys(ISHARES_COLUMNS) as IsharesField[];
const isHeader = (line: string) => ["Ticker", "Emittententicker"].includes(line.split(",")[0]?.replace(/"/g, "").trim() ?? "");

/** Preamble lines are CSV too ("Fund Holdings as of,"May 05, 2026""); one that is not is reported. */
function readPreamble(lines: readonly string[], errors: ErrorCollector): { fundName: string | null; preamble: Record<string, string> } {
  const preamble: Record<string, string> = {};
  let fundName: string | null = null;
  lines.forEach((line, i) => {
    const parsed = parseCsvLine(line);
    // A preamble line is "key,value": the key names the column of its broken value.
    if (!parsed.ok) return errors.report(i + 1, clip(line.split(",")[0]?.replace(/"/g, "").trim() ?? "") || null, parsed.problem);
    const cells = parsed.cells.map((c) => c.trim()).filter((c) => c !== "");
    if (cells.length === 1 && i === 0) fundName = cells[0] ?? null;
    else if (cells.length >= 2) preamble[cells[0] ?? ""] = cells[1] ?? "";
  });
  return { fundName, preamble };
}

function asOfFrom(preamble: Record<string, string>): string | null {
  const key = Object.keys(preamble).find((k) => /holdings as of|positionen (per|zum)/i.test(k));
  return key ? readAsOfDate(preamble[key] ?? "") : null;
}

/** Canonical field → index in the header; missing required and repeated columns are reported. */
function mapHeader(header: readonly string[], line: number, errors: ErrorCollector): Map<IsharesField, number> {
  const index = new Map<IsharesField, number>();
  for (const field of FIELDS) {
    const names: readonly string[] = ISHARES_COLUMNS[field];
    const at = header.flatMap((h, i) => (names.includes(h) ? [i] : []));
    if (at[0] !== undefined) index.set(field, at[0]);
    if (at.length > 1) errors.add(line, header[at[0] ?? 0] ?? field, "duplicate_column", { count: at.length });
  }
  for (const f of REQUIRED_FIELDS) if (!index.has(f)) errors.add(line, ISHARES_COLUMNS[f][0], "missing_column");
  return index;
}

/**
 * Parses an iShares holdings export into a constituent snapshot (equity lines) and the other lines.
 * @example importIsharesHoldings(text, { id: "iwm-2026-05-05", label: "iShares Russell 2000", source: "iShares",
 *   region: "US", size: "small" }) → { ok: true, value: { snapshot: { asOf: "2026-05-05", constituents: [1,924] } } }
 */
export function importIsharesHoldings(text: string, options: IsharesImportOptions): ImportResult<IsharesImport> {
  const lines = stripBom(text).split(/\r?\n/);
  const errors = new ErrorCollector();
  const h = lines.findIndex(isHeader);
  if (h < 0) {
    errors.add(null, null, "no_holdings_header");
    return errors.failure();
  }
  const parsedHeader = parseCsvLine(lines[h] ?? "");
  if (!parsedHeader.ok) {
    errors.report(h + 1, "Ticker", parsedHeader.problem);
    return errors.failure();
  }
  // Clipped: header names are echoed in errors; the ones this importer knows are all short.
  const header = parsedHeader.cells.map((c) => clip(c.trim()));
  const index = mapHeader(header, h + 1, errors);
  if (errors.count > 0) return errors.failure();
  const layout = detectLayout(header);
  const { constituents, other } = readIsharesTable(lines, { headerIndex: h, header, index, layout }, errors);
  if (constituents.length === 0 && errors.count === 0) errors.add(h + 1, header[0] ?? "Ticker", "no_equity_lines");
  const { fundName, preamble } = readPreamble(lines.slice(0, h), errors);
  const snapshot: ConstituentSnapshot = {
    ...options,
    asOf: asOfFrom(preamble),
    synthetic: false,
    constituents,
    hasAnalysts: false,
    hasProfitable: false,
  };
  return errors.result(() => ({ fundName, layout, preamble, snapshot, other }));
}
