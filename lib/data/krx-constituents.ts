import type { SnapshotSegment } from "../market/slots";
import { forEachCsvRecord } from "./csv-records";
import { clip, ErrorCollector, stripBom, type ImportResult } from "./import-result";
import { dateInName, indexCodeInName, isCalendarDate, KRX_INDEX_CODES, sizeClassOfRank, type KrxIndexCode, type KrxMarket, type KrxTier } from "./krx-index-codes";
import type { KrxConstituentList } from "./krx-list";
import { KRX_COLUMNS, krxRowSchema, type KrxField } from "./krx-row";

export { krxSnapshot, splitKrxTiers, type KrxSnapshotMeta } from "./krx-snapshot";
export type { KrxConstituent, KrxConstituentList } from "./krx-list";
export type { KrxIndexCode, KrxMarket, KrxSizeClass, KrxTier } from "./krx-index-codes";

/** What the caller knows that the file does not print. */
export type KrxImportOptions = {
  fileName: string;
  /** YYYY-MM-DD; wins over a date in the file name. */
  asOf?: string | null;
  market?: KrxMarket;
  tier?: KrxTier;
  /** Read a YYYY-MM-DD or YYYYMMDD date from the file name when no as-of is given (the CLI's --dir mode). */
  dateFromFileName?: boolean;
};

type Row = { code: string; name: string; marketCap: number; tradedValue: number | null };
type Header = { names: string[]; line: number; index: Map<KrxField, number> | null };

/**
 * Importer for the Korea Exchange data portal's index constituent lists (코스피_대형주_KGZ01P.csv …): a header
 * `종목코드, 종목명, 현재가, 대비, 등락률, 거래대금(원), 상장시가총액(원)` (read by name, in any order), one row per
 * stock, numbers quoted with thousands commas, UTF-8 with a byte-order mark. The file prints no date and no
 * index name: both come from the file name or the user.
 *
 * @example parseKrxConstituents(text, { fileName: "코스피_대형주_KGZ01P.csv", asOf: "2026-02-13" })
 *   → { ok: true, value: { market: "KOSPI", tier: "large", segment: { area: "KOREA", tier: "large", market: "KOSPI" }, constituents: [99] } }
 */
export function parseKrxConstituents(text: string, options: KrxImportOptions): ImportResult<KrxConstituentList> {
  const errors = new ErrorCollector();
  const segment = resolveSegment(options, errors);
  const asOf = resolveAsOf(options, errors);
  const rows = readRows(stripBom(text), errors);
  if (errors.count > 0 || segment === null) return errors.failure();
  return errors.result(() => rankList(rows, segment.market, segment.tier, { indexCode: segment.indexCode, asOf }));
}

/** Market and tier from the index code in the file name, else from the options; both present must agree. */
function resolveSegment(options: KrxImportOptions, errors: ErrorCollector): { indexCode: KrxIndexCode | null; market: KrxMarket; tier: KrxTier } | null {
  const indexCode = indexCodeInName(options.fileName);
  if (indexCode === null) {
    if (options.market && options.tier) return { indexCode, market: options.market, tier: options.tier };
    errors.add(null, null, "krx_segment_missing");
    return null;
  }
  const named = KRX_INDEX_CODES[indexCode];
  const clash = (options.market !== undefined && options.market !== named.market) || (options.tier !== undefined && options.tier !== named.tier);
  if (!clash) return { indexCode, ...named };
  errors.add(null, null, "krx_segment_conflict", { index: indexCode, given: [options.market, options.tier].filter(Boolean).join(" ") });
  return null;
}

function resolveAsOf(options: KrxImportOptions, errors: ErrorCollector): string | null {
  if (options.asOf) {
    if (isCalendarDate(options.asOf)) return options.asOf;
    errors.add(null, null, "not_a_calendar_date", { value: clip(options.asOf) });
    return null;
  }
  return options.dateFromFileName ? dateInName(options.fileName) : null;
}

/** The header is the first record; every later record is a stock, checked by krxRowSchema. */
function readRows(text: string, errors: ErrorCollector): Row[] {
  const rows: Row[] = [];
  const firstLine = new Map<string, number>();
  let header: Header | null = null;
  const failure = forEachCsvRecord(text, (cells, line) => {
    if (header === null) {
      const names = cells.map((c) => clip(c.trim()));
      header = { names, line, index: mapHeader(names, line, errors) };
      return;
    }
    if (header.index === null || cells.every((c) => c.trim() === "")) return;
    const row = readRow(cells, line, header.names, header.index, errors);
    if (row === null) return;
    const first = firstLine.get(row.code);
    if (first !== undefined) errors.add(line, KRX_COLUMNS.code, "duplicate_listing", { ticker: row.code, name: clip(row.name), first });
    else firstLine.set(row.code, line);
    rows.push(row);
  });
  const found = header as Header | null; // assigned in the callback, which TypeScript cannot follow
  if (failure) errors.report(failure.line, null, failure.problem);
  else if (found === null) errors.add(null, null, "no_data_rows");
  else if (rows.length === 0 && errors.count === 0) errors.add(found.line + 1, KRX_COLUMNS.code, "no_data_rows");
  return rows;
}

/** Field → position; null (after reporting) when a column is missing or repeated. Other columns are ignored. */
function mapHeader(header: readonly string[], line: number, errors: ErrorCollector): Map<KrxField, number> | null {
  const before = errors.count;
  const index = new Map<KrxField, number>();
  for (const [field, name] of Object.entries(KRX_COLUMNS) as [KrxField, string][]) {
    const at = header.flatMap((h, i) => (h === name ? [i] : []));
    if (at.length === 0) errors.add(line, name, "missing_column");
    else if (at.length > 1) errors.add(line, name, "duplicate_column", { count: at.length });
    else index.set(field, at[0] ?? 0);
  }
  return errors.count === before ? index : null;
}

function readRow(cells: readonly string[], line: number, header: readonly string[], index: ReadonlyMap<KrxField, number>, errors: ErrorCollector): Row | null {
  if (cells.length !== header.length) {
    const short = cells.length < header.length;
    const column = (short ? header[cells.length] : header.at(-1)) || null;
    errors.add(line, column, short ? "too_few_fields" : "too_many_fields", { expected: header.length, found: cells.length });
    return null;
  }
  const raw = Object.fromEntries([...index].map(([field, at]) => [field, cells[at] ?? ""])) as Record<KrxField, string>;
  const result = krxRowSchema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = issue.path[0] as KrxField;
    errors.addCell(line, KRX_COLUMNS[field], issue.message, raw[field] ?? "");
  }
  return null;
}

/**
 * Ranks by cap (descending, then code), weights by cap over the list's total, and classes each stock: by the
 * listed index's tier, or for a whole-market list by its rank in the file (KRX_TIER_BOUNDS).
 */
function rankList(rows: readonly Row[], market: KrxMarket, tier: KrxTier, meta: { indexCode: KrxIndexCode | null; asOf: string | null }): KrxConstituentList {
  const sorted = [...rows].sort((a, b) => b.marketCap - a.marketCap || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const totalMarketCap = sorted.reduce((sum, r) => sum + r.marketCap, 0);
  const constituents = sorted.map((r, i) => ({
    ...r,
    weight: r.marketCap / totalMarketCap,
    rank: i + 1,
    sizeClass: tier === "all" ? sizeClassOfRank(market, i + 1) : tier,
  }));
  const segment: SnapshotSegment | null = tier === "all" ? null : { area: "KOREA", tier, market };
  return { ...meta, market, tier, segment, totalMarketCap, constituents };
}
