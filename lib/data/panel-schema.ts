import { z } from "zod";
import { isFormulaCell } from "./formula-cell";
import { clip, issueCode, type ErrorCollector } from "./import-result";

/**
 * The per-security panel CSV of domain.md §3: which columns exist and how each cell is read.
 * Cells are validated as strings and transformed, so one schema both checks and converts a row. Issue
 * messages are import error codes (lib/data/import-error-codes.ts), reported with the cell by panel-csv.ts.
 */
export const PANEL_REQUIRED_COLUMNS = ["id", "date", "market_cap", "return"] as const;
export const PANEL_OPTIONAL_COLUMNS = [
  "status",
  "is_preferred",
  "profitable",
  "analysts",
  "sector",
  "country",
  "trading_value",
] as const;
export type PanelColumn = (typeof PANEL_REQUIRED_COLUMNS)[number] | (typeof PANEL_OPTIONAL_COLUMNS)[number];

/** CSV column → PanelRow field. */
export const PANEL_FIELD = {
  id: "id",
  date: "date",
  market_cap: "marketCap",
  return: "return",
  status: "status",
  is_preferred: "isPreferred",
  profitable: "profitable",
  analysts: "analysts",
  sector: "sector",
  country: "country",
  trading_value: "tradingValue",
} as const satisfies Record<PanelColumn, string>;

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A date the regex accepts but the calendar does not (2024-02-30) is rejected too. */
function isCalendarDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

// "1e999" matches NUMBER but is Infinity: refused here with a code rather than by z.number()'s type check.
const number = z
  .string()
  .regex(NUMBER, { message: issueCode("not_a_number"), abort: true })
  .refine((s) => Number.isFinite(Number(s)), { message: issueCode("not_finite"), abort: true })
  .transform(Number);
const nonNegative = number.pipe(z.number().nonnegative(issueCode("negative_value")));
/** "" is null; anything else goes to `schema`, so its own code reaches the user (a union's would not). */
const emptyIsNull = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .string()
    .transform((s) => (s === "" ? null : s))
    .pipe(schema.nullable());
const flag = emptyIsNull(z.enum(["0", "1"], issueCode("not_a_flag")).transform((s) => s === "1"));
/** Text that ends up in exports: formula cells are refused (see formula-cell.ts). */
const text = z
  .string()
  .refine((s) => !isFormulaCell(s), issueCode("formula_cell"))
  .transform((s) => (s === "" ? null : s));

/** Date validation is the slow part; each distinct date string is checked once. */
const validDates = new Set<string>();
export const isKnownDate = (s: string): boolean => validDates.has(s);
const date = z
  .string()
  .regex(DATE, { message: issueCode("not_a_date"), abort: true })
  .refine((s) => validDates.has(s) || (isCalendarDate(s) && validDates.add(s) !== null), issueCode("not_a_calendar_date"));

export const panelRowSchema = z.object({
  id: z.string().min(1, issueCode("empty_cell")).refine((s) => !isFormulaCell(s), issueCode("formula_cell")),
  date,
  marketCap: nonNegative,
  // A long position cannot lose more than everything: a return below -100% is a data error.
  return: emptyIsNull(number.pipe(z.number().gte(-1, issueCode("return_below_minus_1")))),
  status: emptyIsNull(z.enum(["active", "delisted"], issueCode("not_a_status"))).optional(),
  isPreferred: flag.optional(),
  profitable: flag.optional(),
  analysts: emptyIsNull(number.pipe(z.number().int(issueCode("not_whole_number")).nonnegative(issueCode("negative_value")))).optional(),
  sector: text.optional(),
  country: text.optional(),
  tradingValue: emptyIsNull(nonNegative).optional(),
});

const PANEL_COLUMNS: readonly string[] = [...PANEL_REQUIRED_COLUMNS, ...PANEL_OPTIONAL_COLUMNS];
const isPanelColumn = (c: string): c is PanelColumn => PANEL_COLUMNS.includes(c);

/**
 * The header: the four required columns and any optional ones, in any order; no unknown or repeated names.
 * @returns the columns, or null after reporting each problem on `line`, naming its column.
 * @example readPanelHeader(["id", "date", "return", "price"], 1, errors) → null; errors: market_cap missing_column, price unknown_column
 */
export function readPanelHeader(cells: readonly string[], line: number, errors: ErrorCollector): PanelColumn[] | null {
  const columns = cells.map((c) => c.trim());
  const before = errors.count;
  for (const c of PANEL_REQUIRED_COLUMNS) if (!columns.includes(c)) errors.add(line, c, "missing_column");
  columns.forEach((c, i) => {
    if (!isPanelColumn(c)) errors.add(line, clip(c), "unknown_column", { known: PANEL_COLUMNS.join(", ") });
    else if (columns.indexOf(c) !== i) errors.add(line, c, "duplicate_column", { count: columns.filter((d) => d === c).length });
  });
  return errors.count === before ? columns.filter(isPanelColumn) : null;
}
