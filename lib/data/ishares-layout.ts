import { z } from "zod";
import { isFormulaCell } from "./formula-cell";
import { issueCode } from "./import-result";

/**
 * The column layouts of iShares holdings exports and how their cells are read. Kept apart from the table
 * walk in ishares-holdings.ts so a new language is one entry here.
 */
export type IsharesLayout = "us" | "us-legacy" | "de";

/** Canonical field → header names as printed in the English and German exports. */
export const ISHARES_COLUMNS = {
  ticker: ["Ticker", "Emittententicker"],
  name: ["Name"],
  sector: ["Sector", "Sektor"],
  assetClass: ["Asset Class", "Anlageklasse"],
  marketValue: ["Market Value", "Marktwert"],
  weight: ["Weight (%)", "Gewichtung (%)"],
  location: ["Location", "Standort"],
  /** Tells two listings of one ticker and name apart (IWC 2026-01 holds BTCS INC on NASDAQ and unlisted). */
  exchange: ["Exchange", "Börse"],
  /** Only in the older US layout (e.g. IJR 2021), where it tells a total-return swap from a held share. */
  type: ["Type"],
} as const;

export type IsharesField = keyof typeof ISHARES_COLUMNS;
export const REQUIRED_FIELDS: readonly IsharesField[] = ["ticker", "name", "assetClass", "weight"];

/** Asset-class labels that mark a held share: "Equity" (English) and "Aktien" (German). */
export const EQUITY_CLASSES = new Set(["equity", "aktien"]);

export function detectLayout(header: readonly string[]): IsharesLayout {
  if (header.includes("Emittententicker") || header.includes("Anlageklasse")) return "de";
  return header.includes("Type") ? "us-legacy" : "us";
}

/**
 * Reads a number as printed: "1,035,670,000.00" (English), "1'536'181.19" (German iShares uses an
 * apostrophe for thousands and a point for decimals). A German cell with a comma is read as the other
 * German convention, "1.234,56". "-" and "" are null (iShares prints "-" for "not applicable"). So many
 * digits that the value is not a finite double (1e309 and up) is "invalid" too.
 */
export function readNumber(raw: string, layout: IsharesLayout): number | null | "invalid" {
  let s = raw.replace(/[\s\u00a0'’]/g, "");
  if (s === "" || s === "-") return null;
  s = layout === "de" && s.includes(",") ? s.replace(/\./g, "").replace(",", ".") : s.replace(/,/g, "");
  const n = /^[-+]?(\d+\.?\d*|\.\d+)$/.test(s) ? Number(s) : NaN;
  return Number.isFinite(n) ? n : "invalid";
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** "May 05, 2026" → "2026-05-05"; also accepts ISO and dd.mm.yyyy; null when unreadable. */
export function readAsOfDate(raw: string): string | null {
  const s = raw.trim();
  const en = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4})$/.exec(s);
  const month = en ? MONTHS.indexOf((en[1] ?? "").toLowerCase()) + 1 : 0;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const de = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  const parts = en && month > 0 ? [en[3], month, en[2]] : iso ? [iso[1], iso[2], iso[3]] : de ? [de[3], de[2], de[1]] : null;
  if (!parts) return null;
  const [y, m, d] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

const text = z.string().trim();
/** Text that ends up in exports: formula cells are refused (see formula-cell.ts). */
const safeText = text.refine((s) => !isFormulaCell(s), issueCode("formula_cell"));
const optionalText = safeText.transform((s) => (s === "" || s === "-" ? null : s));

/** One table row after its cells are mapped to canonical fields; numbers per the file's layout. */
export function isharesRowSchema(layout: IsharesLayout) {
  const number = text
    .refine((s) => readNumber(s, layout) !== "invalid", { message: issueCode("not_a_number"), abort: true })
    .transform((s) => readNumber(s, layout) as number | null);
  return z.object({
    ticker: safeText,
    name: safeText.min(1, issueCode("empty_cell")),
    sector: optionalText,
    assetClass: text.min(1, issueCode("empty_cell")),
    marketValue: number,
    // A fund cannot hold more than all of itself. Negative weights are real on cash and derivative lines
    // (IJR 2021: USD cash -1.14%, swaps -0.04%); an equity line's sign is checked by the importer.
    weight: number.refine((w) => w === null || Math.abs(w) <= 100, issueCode("weight_out_of_range")),
    location: optionalText,
    exchange: optionalText,
    type: optionalText,
  });
}

export type IsharesRow = z.infer<ReturnType<typeof isharesRowSchema>>;
