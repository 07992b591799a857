import type { PanelRow } from "../backtest/types";
import { isFormulaCell } from "./formula-cell";
import { PANEL_FIELD, isKnownDate, type PanelColumn } from "./panel-schema";

/**
 * A fast path in front of `panelRowSchema`: zod with transforms costs ~1.2 µs a row, 2+ s for a 1.8M-row
 * panel, while most rows are plainly valid. These converters accept only what the schema accepts (a
 * property test checks the two agree) and return INVALID otherwise; the caller then runs the schema,
 * which stays the single source of error codes and of the value for anything unusual.
 */
const INVALID = Symbol("invalid");
type Value = string | number | boolean | null | typeof INVALID;
type Converter = (s: string) => Value;

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

const nonNegative: Converter = (s) => {
  if (!NUMBER.test(s)) return INVALID;
  const n = Number(s);
  return n >= 0 && n < Infinity ? n : INVALID;
};
const plainText: Converter = (s) => (isFormulaCell(s) ? INVALID : s);
const orNull =
  (convert: Converter): Converter =>
  (s) =>
    s === "" ? null : convert(s);

const CONVERTERS: Record<PanelColumn, Converter> = {
  id: (s) => (s === "" ? INVALID : plainText(s)),
  date: (s) => (isKnownDate(s) ? s : INVALID),
  market_cap: nonNegative,
  return: orNull((s) => {
    const n = NUMBER.test(s) ? Number(s) : NaN;
    return n >= -1 && n < Infinity ? n : INVALID;
  }),
  status: orNull((s) => (s === "active" || s === "delisted" ? s : INVALID)),
  is_preferred: orNull((s) => (s === "1" ? true : s === "0" ? false : INVALID)),
  profitable: orNull((s) => (s === "1" ? true : s === "0" ? false : INVALID)),
  // zod's int() also rejects integers beyond 2^53 (found by the property test).
  analysts: orNull((s) => (/^\+?\d+(\.0*)?$/.test(s) && Number.isSafeInteger(Number(s)) ? Number(s) : INVALID)),
  sector: orNull(plainText),
  country: orNull(plainText),
  trading_value: orNull(nonNegative),
};

/**
 * A reader for rows under `header`: each call returns the row as the schema would produce it, or null
 * when any cell needs the schema's judgement. Column positions are resolved once, and the four required
 * fields go into one object literal, so every row object gets the same shape (fast property access later).
 */
export function fastPanelRowReader(header: readonly PanelColumn[]): (cells: readonly string[]) => PanelRow | null {
  const at = (column: PanelColumn) => header.indexOf(column);
  const [id, date, cap, ret] = [at("id"), at("date"), at("market_cap"), at("return")];
  const optional = header.flatMap((column, c) =>
    ["id", "date", "market_cap", "return"].includes(column) ? [] : [{ c, field: PANEL_FIELD[column], convert: CONVERTERS[column] }],
  );
  return (cells) => {
    const row = {
      id: CONVERTERS.id(cells[id] as string),
      date: CONVERTERS.date(cells[date] as string),
      marketCap: CONVERTERS.market_cap(cells[cap] as string),
      return: CONVERTERS.return(cells[ret] as string),
    } as Record<string, Value>;
    if (row.id === INVALID || row.date === INVALID || row.marketCap === INVALID || row.return === INVALID) return null;
    for (const { c, field, convert } of optional) {
      const value = convert(cells[c] as string);
      if (value === INVALID) return null;
      row[field] = value;
    }
    return row as PanelRow;
  };
}
