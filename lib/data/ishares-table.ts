import type { Constituent } from "../market/types";
import { parseCsvLine } from "./csv-records";
import { clip, type ErrorCollector } from "./import-result";
import { EQUITY_CLASSES, ISHARES_COLUMNS, isharesRowSchema, type IsharesField, type IsharesLayout, type IsharesRow } from "./ishares-layout";

/**
 * The holdings table of an iShares export, row by row: each row must be valid CSV on its own line, have the
 * header's number of fields and pass the layout's schema; equity lines become constituents.
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

export type IsharesTable = {
  /** Line index (0-based) of the header; the table runs from the next line to the first blank one. */
  headerIndex: number;
  header: readonly string[];
  /** Canonical field → position in the header. */
  index: ReadonlyMap<IsharesField, number>;
  layout: IsharesLayout;
};

const FIELDS = Object.keys(ISHARES_COLUMNS) as IsharesField[];

const isBlankLine = (line: string) => line.replace(/[\s\u00a0,"]/g, "") === "";

/** Percent → fraction without float noise (1.93 / 100 is 0.019299999999999998; this gives 0.0193). */
const fraction = (percent: number) => Number((percent / 100).toPrecision(15));

/**
 * Which lines are constituents: Asset Class "Equity" / "Aktien", except rows with Type "Swap" in the older
 * US layout. In IJR (2021) all 85 swap rows repeat a ticker that is also held as a share, so counting them
 * would list those names twice; they go to `other` with the cash, futures and collateral lines.
 *
 * A duplicated row is the same listing twice: same ticker, name, location and exchange. Ticker alone is not
 * enough: real files hold one ticker under two names (ADRO and ADRO CVR), in two countries (BHP in the UK
 * and Australia, URTH) or on two exchanges (BTCS INC, IWC 2026-01), and "-" for every unlisted line.
 */
export function readIsharesTable(lines: readonly string[], table: IsharesTable, errors: ErrorCollector) {
  const { headerIndex, header, index, layout } = table;
  const columnOf = (field: IsharesField) => header[index.get(field) ?? -1] || ISHARES_COLUMNS[field][0];
  const schema = isharesRowSchema(layout);
  const constituents: Constituent[] = [];
  const other: NonEquityLine[] = [];
  const seen = new Map<string, number>();
  for (let i = headerIndex + 1; i < lines.length && !isBlankLine(lines[i] ?? ""); i++) {
    const line = i + 1;
    const r = readRow(lines[i] ?? "", line, table, schema, errors);
    if (r === null) continue;
    if (!EQUITY_CLASSES.has(r.assetClass.toLowerCase()) || r.type?.toLowerCase() === "swap") {
      const weight = r.weight === null ? null : fraction(r.weight);
      other.push({ ticker: r.ticker, name: r.name, assetClass: r.assetClass, type: r.type, weight, marketValue: r.marketValue, line });
      continue;
    }
    const key = [r.ticker, r.name, r.location, r.exchange].join("\u0000");
    const first = seen.get(key);
    if (first !== undefined) errors.add(line, columnOf("ticker"), "duplicate_listing", { ticker: clip(r.ticker), name: clip(r.name), first });
    else seen.set(key, line);
    if (r.weight === null) errors.add(line, columnOf("weight"), "missing_weight");
    else if (r.weight < 0) errors.add(line, columnOf("weight"), "negative_weight", { value: String(r.weight) });
    else constituents.push(toConstituent(r));
  }
  return { constituents, other };
}

/** One table line → its schema-checked row, or null after reporting what is wrong with it. */
function readRow(text: string, line: number, table: IsharesTable, schema: ReturnType<typeof isharesRowSchema>, errors: ErrorCollector): IsharesRow | null {
  const { header, index } = table;
  const parsed = parseCsvLine(text);
  if (!parsed.ok) {
    errors.report(line, header[parsed.field] ?? null, parsed.problem);
    return null;
  }
  const cells = parsed.cells;
  if (cells.length !== header.length) {
    // Name the first missing column of a short (truncated?) row, or the last one before extra fields.
    const short = cells.length < header.length;
    const column = (short ? header[cells.length] : header.at(-1)) || null;
    errors.add(line, column, short ? "too_few_fields" : "too_many_fields", { expected: header.length, found: cells.length });
    return null;
  }
  const raw = Object.fromEntries(FIELDS.map((f) => [f, cells[index.get(f) ?? -1] ?? ""]));
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = issue.path[0] as IsharesField;
    errors.addCell(line, header[index.get(field) ?? 0] ?? String(field), issue.message, raw[field] ?? "");
  }
  return null;
}

function toConstituent(r: IsharesRow): Constituent {
  const weight = fraction(r.weight ?? 0);
  return { ticker: r.ticker, name: r.name, sector: r.sector, country: r.location, weight, marketValue: r.marketValue };
}
