import { z } from "zod";
import { MONTH_KEY, type MonthRange } from "./months";

/** A YYYY-MM month, as the research page's URL and the research CLI's flags take it. */
export const monthKeySchema = z.string().trim().regex(MONTH_KEY, "must be a month YYYY-MM");

export type ParsedMonthRange = { range: MonthRange; ignored: ("from" | "to")[] };

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * `?from=YYYY-MM&to=YYYY-MM`, never throwing: an empty parameter is "not given", one that does not parse is
 * dropped and named in `ignored`, and a range whose end is before its start drops both (the page says so).
 * @example parseMonthRangeQuery({ from: "2000-01", to: "1999-12" }) → { range: { from: null, to: null }, ignored: ["from", "to"] }
 */
export function parseMonthRangeQuery(params: Record<string, unknown>): ParsedMonthRange {
  const ignored: ("from" | "to")[] = [];
  const read = (key: "from" | "to"): string | null => {
    const raw = first(params[key]);
    if (raw === undefined || raw === "") return null;
    const parsed = monthKeySchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    ignored.push(key);
    return null;
  };
  const [from, to] = [read("from"), read("to")];
  if (from !== null && to !== null && to < from) return { range: { from: null, to: null }, ignored: [...ignored, "from", "to"] };
  return { range: { from, to }, ignored };
}
