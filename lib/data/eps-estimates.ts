import { z } from "zod";
import { tickerKey } from "../metrics/ticker-key";
import { isFormulaCell } from "./formula-cell";
import { clip, ErrorCollector, issueCode, stripBom, type ImportResult } from "./import-result";

/**
 * Importer for a consensus-EPS calendar in the layout of Alpha Vantage's EARNINGS_CALENDAR as cached by the
 * EPS_Calendar project (earnings_cache.json): a JSON array of `{ symbol, name, reportDate, fiscalDateEnding,
 * estimate, currency }`, one record per upcoming report. `estimate` is a number, a numeric string, or null
 * (no consensus: the proxy for no analyst coverage).
 *
 * Errors: a syntax error names the text line the parser stopped on; a record's error names the record's
 * 1-based position in the array as its line, and the field as its column.
 */
export type EpsEstimate = {
  symbol: string;
  name: string;
  /** YYYY-MM-DD. */
  reportDate: string;
  fiscalDateEnding: string | null;
  /** Consensus EPS for the report, in `currency`; null when there is no consensus. */
  estimate: number | null;
  currency: string | null;
};

export type EpsEstimates = {
  /** One per symbol (see parseEpsEstimates), in the file's order. */
  records: EpsEstimate[];
  recordsRead: number;
  /** Records dropped because their symbol already had a nearer report. */
  duplicatesDropped: number;
  /** The span of the kept records' report dates; the file prints no as-of, the first date bounds it. */
  firstReportDate: string | null;
  lastReportDate: string | null;
};

const FIELDS = ["symbol", "name", "reportDate", "fiscalDateEnding", "estimate", "currency"] as const;
const REQUIRED = new Set<string>(["symbol", "reportDate", "estimate"]);

const isCalendarDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
};
const text = z.string(issueCode("invalid_value")).trim();
const safeText = text.refine((s) => !isFormulaCell(s), issueCode("formula_cell"));
const date = text
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: issueCode("not_a_date"), abort: true })
  .refine(isCalendarDate, issueCode("not_a_calendar_date"));
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const numericText = text
  .regex(NUMBER, { message: issueCode("not_a_number"), abort: true })
  .transform(Number)
  .refine(Number.isFinite, issueCode("not_finite"));

const recordSchema = z.object({
  symbol: safeText.min(1, issueCode("empty_cell")),
  name: z.union([safeText, z.null()], issueCode("invalid_value")).optional().transform((s) => s ?? ""),
  reportDate: date,
  // "", null and an absent field alike mean "not given" (Alpha Vantage's calendar is a CSV at source).
  fiscalDateEnding: z
    .union([z.string(), z.null()], issueCode("invalid_value"))
    .optional()
    .transform((s) => (s == null || s.trim() === "" ? null : s))
    .pipe(date.nullable()),
  estimate: z.union([z.number(), z.null(), z.literal("").transform(() => null), numericText], issueCode("not_a_number")),
  currency: z
    .union([text, z.null()], issueCode("invalid_value"))
    .optional()
    .transform((s) => (s ? s : null)),
});

/**
 * Keeps one estimate per symbol (symbols compared by tickerKey, so "BRK.B" and "BRK-B" are one): the one
 * with the nearest, i.e. earliest, report date. A calendar built on one day lists each company's next report
 * first; a later entry is a report one or more quarters further out, whose consensus rests on fewer and
 * staler estimates. Equal dates keep the first record in the file.
 * @example parseEpsEstimates('[{"symbol":"AAA","name":"A","reportDate":"2026-01-05","fiscalDateEnding":"2025-12-31","estimate":"-0.1","currency":"USD"}]')
 *   → { ok: true, value: { records: [{ symbol: "AAA", estimate: -0.1, … }], recordsRead: 1, duplicatesDropped: 0, … } }
 */
export function parseEpsEstimates(input: string): ImportResult<EpsEstimates> {
  const errors = new ErrorCollector();
  const parsed = parseJson(stripBom(input), errors);
  if (parsed === undefined) return errors.failure();
  if (!Array.isArray(parsed)) {
    errors.add(null, null, "not_a_json_array");
    return errors.failure();
  }
  if (parsed.length === 0) errors.add(null, null, "no_data_rows");
  const records = parsed.flatMap((item, i) => readRecord(item, i + 1, errors));
  return errors.result(() => keepNearest(records, parsed.length));
}

function parseJson(input: string, errors: ErrorCollector): unknown {
  try {
    return JSON.parse(input) as unknown;
  } catch (e) {
    // V8 says "… in JSON at position 123"; the line of that character is what an editor shows.
    const position = /at position (\d+)/.exec(e instanceof Error ? e.message : "")?.[1];
    const line = position === undefined ? null : input.slice(0, Number(position)).split("\n").length;
    errors.add(line, null, "invalid_json");
    return undefined;
  }
}

function readRecord(item: unknown, record: number, errors: ErrorCollector): EpsEstimate[] {
  if (typeof item !== "object" || item === null || Array.isArray(item)) {
    errors.add(record, null, "not_a_record");
    return [];
  }
  const fields = item as Record<string, unknown>;
  const missing = FIELDS.filter((f) => REQUIRED.has(f) && !Object.hasOwn(fields, f));
  for (const f of missing) errors.add(record, f, "missing_field");
  if (missing.length > 0) return [];
  const result = recordSchema.safeParse(fields);
  if (result.success) return [result.data];
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "");
    const value = fields[field];
    errors.addCell(record, field, issue.message, typeof value === "string" ? value : clip(JSON.stringify(value) ?? ""));
  }
  return [];
}

function keepNearest(records: readonly EpsEstimate[], recordsRead: number): EpsEstimates {
  const chosen = new Map<string, number>();
  records.forEach((r, i) => {
    const key = tickerKey(r.symbol) ?? r.symbol;
    const previous = chosen.get(key);
    if (previous === undefined || r.reportDate < (records[previous]?.reportDate ?? "")) chosen.set(key, i);
  });
  const kept = [...chosen.values()].sort((a, b) => a - b).flatMap((i) => records[i] ?? []);
  const dates = kept.map((r) => r.reportDate).sort();
  return {
    records: kept,
    recordsRead,
    duplicatesDropped: records.length - kept.length,
    firstReportDate: dates[0] ?? null,
    lastReportDate: dates.at(-1) ?? null,
  };
}
