import type { FrenchFile } from "../data/french-size";
import { DECILE_COLUMNS, decileColumn, monthlySection, type DecileName } from "./decile-sections";
import { periodIndices, type MonthRange } from "./months";

/**
 * How many firms each decile held and their average market capitalisation (French prints it in millions of
 * US dollars), in the first and the last month of the period: French re-forms the deciles every June, so
 * the two months show how the universe changed over the period. null where the file has no such section or
 * month, or prints the value as missing.
 */
export type DecileFirms = {
  name: DecileName;
  firmsFirst: number | null;
  firmsLast: number | null;
  averageSizeFirst: number | null;
  averageSizeLast: number | null;
};
export type DecileFirmsTable = { first: string | null; last: string | null; deciles: DecileFirms[] };

/**
 * @throws Error when a bound of `range` is not YYYY-MM.
 * @example decileFirms(file, { from: "2000-01", to: "2025-12" }) → { first: "2000-01", last: "2025-12",
 *   deciles: [{ name: "Lo 10", firmsFirst: …, firmsLast: …, averageSizeFirst: …, averageSizeLast: … }, …10] }
 */
export function decileFirms(file: FrenchFile, range: MonthRange): DecileFirmsTable {
  const firms = monthlySection(file, "firms");
  const size = monthlySection(file, "size");
  const months = (firms ?? size)?.periods ?? [];
  const { start, end } = periodIndices(months, range);
  const first = start < end ? (months[start] ?? null) : null;
  const last = start < end ? (months[end - 1] ?? null) : null;
  const at = (section: typeof firms, name: DecileName, month: string | null): number | null => {
    if (!section || month === null) return null;
    const v = decileColumn(section, name)[section.periods.indexOf(month)] ?? NaN;
    return Number.isFinite(v) ? v : null;
  };
  return {
    first,
    last,
    deciles: DECILE_COLUMNS.map((name) => ({
      name,
      firmsFirst: at(firms, name, first),
      firmsLast: at(firms, name, last),
      averageSizeFirst: at(size, name, first),
      averageSizeLast: at(size, name, last),
    })),
  };
}
