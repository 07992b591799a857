import { parse } from "csv-parse/sync";
import type { Region, Size } from "../market/regions";
import type { Constituent, ConstituentSnapshot } from "../market/types";
import { ErrorCollector, stripBom, type ImportResult } from "./import-result";
import {
  detectLayout,
  EQUITY_CLASSES,
  ISHARES_COLUMNS,
  isharesRowSchema,
  readAsOfDate,
  REQUIRED_FIELDS,
  type IsharesField,
  type IsharesLayout,
  type IsharesRow,
} from "./ishares-layout";

/**
 * Importer for iShares "Fund Holdings" CSV exports: an optional preamble (fund name, "Fund Holdings as of",
 * …), a header row, the holdings table up to the first blank line, then a disclaimer that is ignored.
 *
 * Which lines are constituents: Asset Class "Equity" / "Aktien", except rows with Type "Swap" in the older
 * US layout. In IJR (2021) all 85 swap rows repeat a ticker that is also held as a share, so counting them
 * would list those names twice; they go to `other` with the cash, futures and collateral lines.
 * Weights are the file's "Weight (%)" ÷ 100, not re-normalised: equity lines sum to ~99.4–99.9% of the fund.
 */
export type NonEquityLine = {
  ticker: string;
  name: string;
  assetClass: string;
  type: string | null;
  /** Fraction of the fund; null when printed as "-". */
  weight: number | null;
  marketValue: number | null;
  line: number;
};

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

type Cells = string[];
const FIELDS = Object.keys(ISHARES_COLUMNS) as IsharesField[];

const cellsOf = (line: string): Cells => {
  try {
    return (parse(line, { relax_quotes: true, relax_column_count: true }) as string[][])[0] ?? [];
  } catch {
    return [];
  }
};
const isBlank = (line: string) => line.replace(/[\s\u00a0,"]/g, "") === "";
const isHeader = (line: string) => ["Ticker", "Emittententicker"].includes(line.split(",")[0]?.replace(/"/g, "").trim() ?? "");

function readPreamble(lines: readonly string[]): { fundName: string | null; preamble: Record<string, string> } {
  const preamble: Record<string, string> = {};
  let fundName: string | null = null;
  lines.forEach((line, i) => {
    const cells = cellsOf(line).map((c) => c.trim()).filter((c) => c !== "");
    if (cells.length === 1 && i === 0) fundName = cells[0] ?? null;
    else if (cells.length >= 2) preamble[cells[0] ?? ""] = cells[1] ?? "";
  });
  return { fundName, preamble };
}

function asOfFrom(preamble: Record<string, string>): string | null {
  const key = Object.keys(preamble).find((k) => /holdings as of|positionen (per|zum)/i.test(k));
  return key ? readAsOfDate(preamble[key] ?? "") : null;
}

/** Canonical field → index in the header, or the required fields that are missing. */
function mapHeader(header: readonly string[]): Map<IsharesField, number> | IsharesField[] {
  const index = new Map<IsharesField, number>();
  for (const field of FIELDS) {
    const names: readonly string[] = ISHARES_COLUMNS[field];
    const i = header.findIndex((h) => names.includes(h));
    if (i >= 0) index.set(field, i);
  }
  const missing = REQUIRED_FIELDS.filter((f) => !index.has(f));
  return missing.length > 0 ? missing : index;
}

/** Percent → fraction without float noise (1.93 / 100 is 0.019299999999999998; this gives 0.0193). */
const fraction = (percent: number) => Number((percent / 100).toPrecision(15));

function toConstituent(r: IsharesRow): Constituent {
  const weight = fraction(r.weight ?? 0);
  return { ticker: r.ticker, name: r.name, sector: r.sector, country: r.location, weight, marketValue: r.marketValue };
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
    errors.add(1, "Ticker", "no holdings header row (a line starting with Ticker or Emittententicker)");
    return { ok: false, errors: errors.errors() };
  }
  const header = cellsOf(lines[h] ?? "").map((c) => c.trim());
  const layout = detectLayout(header);
  const index = mapHeader(header);
  if (Array.isArray(index)) {
    for (const f of index) errors.add(h + 1, ISHARES_COLUMNS[f][0], "required column missing from the header");
    return { ok: false, errors: errors.errors() };
  }
  const schema = isharesRowSchema(layout);
  const constituents: Constituent[] = [];
  const other: NonEquityLine[] = [];
  for (let i = h + 1; i < lines.length && !isBlank(lines[i] ?? ""); i++) {
    const cells = cellsOf(lines[i] ?? "");
    const raw = Object.fromEntries(FIELDS.map((f) => [f, cells[index.get(f) ?? -1] ?? ""]));
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as IsharesField;
        errors.add(i + 1, header[index.get(field) ?? 0] ?? String(field), `${issue.message}: "${raw[field]}"`);
      }
      continue;
    }
    const r = parsed.data;
    if (!EQUITY_CLASSES.has(r.assetClass.toLowerCase()) || r.type?.toLowerCase() === "swap") {
      const weight = r.weight === null ? null : fraction(r.weight);
      other.push({ ticker: r.ticker, name: r.name, assetClass: r.assetClass, type: r.type, weight, marketValue: r.marketValue, line: i + 1 });
    } else if (r.weight === null) {
      errors.add(i + 1, header[index.get("weight") ?? 0] ?? "Weight (%)", "an equity line needs a weight");
    } else constituents.push(toConstituent(r));
  }
  if (constituents.length === 0 && errors.count === 0) errors.add(h + 1, header[0] ?? "Ticker", "no equity lines in the table");
  const { fundName, preamble } = readPreamble(lines.slice(0, h));
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
