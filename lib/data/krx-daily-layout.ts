import { clip, type ErrorCollector } from "./import-result";

/**
 * The daily market-cap files of FinanceData/marcap (one file per year, every KRX-listed stock, one row per
 * stock per trading day, figures from the Korea Exchange). The converter reads six of the eighteen columns;
 * the others must be present (the header identifies the layout) but are not checked.
 */
export const KRX_DAILY_COLUMNS = [
  "Code",
  "Name",
  "Close",
  "Dept",
  "ChangeCode",
  "Changes",
  // Sic: the publisher's spelling of "ChangesRatio"; the daily change in percent.
  "ChagesRatio",
  "Volume",
  "Amount",
  "Open",
  "High",
  "Low",
  "Marcap",
  "Stocks",
  "Market",
  "MarketId",
  "Rank",
  "Date",
] as const;
export type KrxDailyColumn = (typeof KRX_DAILY_COLUMNS)[number];

/** The columns the conversion uses, in the order a reader hands their cells to `readKrxDailyCells`. */
export const KRX_DAILY_USED = ["Code", "Name", "ChagesRatio", "Amount", "Marcap", "Date"] as const satisfies readonly KrxDailyColumn[];

/** One stock on one trading day, as the converter needs it. */
export type KrxDailyRow = {
  /** Six characters, leading zeros kept (005930). */
  code: string;
  name: string;
  /** Days since 1970-01-01 (UTC) of the row's date. */
  day: number;
  /** The day's price change in percent of the previous trading day's (base) price, as KRX publishes it. */
  changePercent: number;
  /** Traded value in KRW; null when the cell is empty. */
  amount: number | null;
  /** Market capitalisation in KRW at the day's close. */
  marcap: number;
};

/** A cell as a reader found it: CSV gives strings; Parquet numbers, bigints (INT64), dates or strings. */
export type KrxCell = string | number | bigint | Date | null | undefined;

/**
 * Which position holds each used column; every one of the eighteen must be there, in any order, once.
 * @returns positions of KRX_DAILY_USED, or null after reporting each problem on `line`.
 */
export function readKrxDailyHeader(names: readonly string[], line: number | null, errors: ErrorCollector): number[] | null {
  const columns = names.map((n) => n.trim());
  const before = errors.count;
  for (const c of KRX_DAILY_COLUMNS) {
    const count = columns.filter((n) => n === c).length;
    if (count === 0) errors.add(line, c, "missing_column");
    else if (count > 1) errors.add(line, c, "duplicate_column", { count });
  }
  return errors.count === before ? KRX_DAILY_USED.map((c) => columns.indexOf(c)) : null;
}

/**
 * Korea Exchange short codes: six characters, digits, with capital letters in the alphanumeric codes KRX has
 * issued since the numeric ones ran short (e.g. 00088K, 0001A0).
 */
const KRX_CODE = /^[0-9A-Z]{6}$/;
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * Whether a code is a preferred share, by the Korea Exchange's short-code convention: the sixth character
 * is the share class. 0 is the common share; 5, 7 and 9 are the first, second and third preferred shares of
 * the same issuer (005930 Samsung Electronics, 005935 its preferred; 005380 Hyundai Motor, 005385, 005387 and
 * 005389 its preferred, second preferred B and third preferred B); a letter (K, L, …) is a preferred share
 * in the newer numbering (00088K Hanwha 3rd preferred B, 33626L Doosan Fuel Cell 2nd preferred B).
 * @returns true (preferred), false (common), or null for any other sixth character, which the convention
 *   does not name (left unflagged, so such a share counts as common in the back-test's universe).
 * @example isKrxPreferredCode("005935") → true; isKrxPreferredCode("005930") → false; isKrxPreferredCode("005931") → null
 */
export function isKrxPreferredCode(code: string): boolean | null {
  const last = code.at(-1) ?? "";
  if (last === "0") return false;
  if (last === "5" || last === "7" || last === "9" || (last >= "A" && last <= "Z")) return true;
  return null;
}

/** The day number (days since 1970-01-01) of YYYY-MM-DD, or null when it is not a calendar date. */
export function dayOfIsoDate(text: string): number | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / MS_PER_DAY;
}

/** YYYY-MM-DD of a day number. */
export function isoDateOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day numbers repeat ~2,900 times a day in a yearly file: each distinct date text is checked once. */
const knownDays = new Map<string, number>();

function dayOf(cell: KrxCell): number | null | "not_a_date" {
  if (cell instanceof Date) {
    const ms = cell.getTime();
    // A Parquet timestamp at midnight UTC, as pandas writes a date without a time zone.
    return Number.isFinite(ms) && ms % MS_PER_DAY === 0 ? ms / MS_PER_DAY : "not_a_date";
  }
  if (typeof cell !== "string") return "not_a_date";
  const known = knownDays.get(cell);
  if (known !== undefined) return known;
  if (!DATE.test(cell)) return "not_a_date";
  const day = dayOfIsoDate(cell);
  if (day !== null) knownDays.set(cell, day);
  return day;
}

function numberOf(cell: KrxCell): number | null | "not_a_number" | "not_finite" {
  if (cell === null || cell === undefined || cell === "") return null;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : "not_finite";
  if (typeof cell === "bigint") return Number(cell);
  if (typeof cell !== "string" || !NUMBER.test(cell)) return "not_a_number";
  const n = Number(cell);
  return Number.isFinite(n) ? n : "not_finite";
}

const shown = (cell: KrxCell): string => clip(cell instanceof Date ? cell.toISOString() : String(cell ?? ""));

/**
 * The used cells of one row (in KRX_DAILY_USED order) as a KrxDailyRow, or null after reporting each bad cell
 * on `line` (the file's line for CSV, the 1-based row for Parquet).
 */
export function readKrxDailyCells(cells: readonly KrxCell[], line: number, errors: ErrorCollector): KrxDailyRow | null {
  const [codeCell, nameCell, ratioCell, amountCell, marcapCell, dateCell] = cells;
  const before = errors.count;
  const code = typeof codeCell === "string" ? codeCell : "";
  if (codeCell === "" || codeCell == null) errors.add(line, "Code", "empty_cell");
  else if (!KRX_CODE.test(code)) errors.add(line, "Code", "not_a_krx_code", { value: shown(codeCell) });
  const day = dayOf(dateCell);
  if (day === "not_a_date") errors.add(line, "Date", "not_a_date", { value: shown(dateCell) });
  else if (day === null) errors.add(line, "Date", "not_a_calendar_date", { value: shown(dateCell) });
  const change = numberOf(ratioCell);
  if (change === null) errors.add(line, "ChagesRatio", "empty_cell");
  else if (typeof change === "string") errors.add(line, "ChagesRatio", change, { value: shown(ratioCell) });
  // −100% would be a price of zero, which a listed share cannot have; below it is impossible.
  else if (change <= -100) errors.add(line, "ChagesRatio", "return_below_minus_100", { value: shown(ratioCell) });
  const marcap = numberOf(marcapCell);
  if (marcap === null) errors.add(line, "Marcap", "empty_cell");
  else if (typeof marcap === "string") errors.add(line, "Marcap", marcap, { value: shown(marcapCell) });
  else if (marcap < 0) errors.add(line, "Marcap", "negative_value", { value: shown(marcapCell) });
  const amount = numberOf(amountCell);
  if (typeof amount === "string") errors.add(line, "Amount", amount, { value: shown(amountCell) });
  else if (amount !== null && amount < 0) errors.add(line, "Amount", "negative_value", { value: shown(amountCell) });
  if (errors.count !== before) return null;
  return {
    code,
    name: typeof nameCell === "string" ? nameCell : String(nameCell ?? ""),
    day: day as number,
    changePercent: change as number,
    amount: amount as number | null,
    marcap: marcap as number,
  };
}

