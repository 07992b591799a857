import { z } from "zod";
import { FORMULA_CELL_MESSAGE, isFormulaCell } from "./formula-cell";

/**
 * The per-security panel CSV of domain.md §3: which columns exist and how each cell is read.
 * Cells are validated as strings and transformed, so one schema both checks and converts a row.
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

// "1e999" matches NUMBER but is Infinity: refused here with a message rather than by z.number()'s type check.
const number = z
  .string()
  .regex(NUMBER, { message: "expected a number", abort: true })
  .refine((s) => Number.isFinite(Number(s)), { message: "too large to be a finite number", abort: true })
  .transform(Number);
/** "" is null; anything else goes to `schema`, so its own message reaches the user (a union's would not). */
const emptyIsNull = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .string()
    .transform((s) => (s === "" ? null : s))
    .pipe(schema.nullable());
const flag = emptyIsNull(z.enum(["0", "1"], "expected 0 or 1").transform((s) => s === "1"));
/** Text that ends up in exports: formula cells are refused (see formula-cell.ts). */
const text = z
  .string()
  .refine((s) => !isFormulaCell(s), FORMULA_CELL_MESSAGE)
  .transform((s) => (s === "" ? null : s));

/** Date validation is the slow part; each distinct date string is checked once. */
const validDates = new Set<string>();
export const isKnownDate = (s: string): boolean => validDates.has(s);
const date = z
  .string()
  .regex(DATE, { message: "expected a date YYYY-MM-DD", abort: true })
  .refine((s) => validDates.has(s) || (isCalendarDate(s) && validDates.add(s) !== null), "not a calendar date");

export const panelRowSchema = z.object({
  id: z.string().min(1, "empty id").refine((s) => !isFormulaCell(s), FORMULA_CELL_MESSAGE),
  date,
  marketCap: number.pipe(z.number().nonnegative("must be >= 0")),
  // A long position cannot lose more than everything: a return below -100% is a data error.
  return: emptyIsNull(number.pipe(z.number().gte(-1, "a return below -100% (-1) is impossible"))),
  status: emptyIsNull(z.enum(["active", "delisted"], "expected active or delisted")).optional(),
  isPreferred: flag.optional(),
  profitable: flag.optional(),
  analysts: emptyIsNull(number.pipe(z.number().int("expected a whole number").nonnegative())).optional(),
  sector: text.optional(),
  country: text.optional(),
  tradingValue: emptyIsNull(number.pipe(z.number().nonnegative("must be >= 0"))).optional(),
});

/** The header: the four required columns and any optional ones, in any order; no unknown or repeated names. */
export const panelHeaderSchema = z
  .array(z.string().trim())
  .superRefine((cols, ctx) => {
    const known: readonly string[] = [...PANEL_REQUIRED_COLUMNS, ...PANEL_OPTIONAL_COLUMNS];
    for (const c of PANEL_REQUIRED_COLUMNS) if (!cols.includes(c)) ctx.addIssue({ code: "custom", path: [c], message: "required column missing" });
    cols.forEach((c, i) => {
      if (!known.includes(c)) ctx.addIssue({ code: "custom", path: [c], message: `unknown column (known: ${known.join(", ")})` });
      else if (cols.indexOf(c) !== i) ctx.addIssue({ code: "custom", path: [c], message: "repeated column" });
    });
  })
  .transform((cols) => cols as PanelColumn[]);
