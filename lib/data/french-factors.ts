import { MISSING, readColumns, readValue, rowWidthOk } from "./french-cells";
import { factorRegion, type FactorRegion } from "./french-factors-region";
import { clip, ErrorCollector, stripBom, type ImportResult } from "./import-result";

/**
 * Importer for Kenneth French's factor files (`Europe_3_Factors.csv`, `Japan_5_Factors.csv`,
 * `Developed_ex_US_5_Factors_Daily.csv`, `F-F_Research_Data_Factors.csv`, …): an optional preamble, then
 * sections made of an optional title line, a header line starting with a comma and rows keyed YYYYMMDD
 * (daily), YYYYMM (monthly) or YYYY (annual), each section ending at a blank line. The monthly section has no
 * title of its own, so a section's frequency is read from its periods, not its title. Values are percent per
 * period; they are stored as decimals. The section walk follows french-size.ts; the cells are read by the same
 * helpers (french-cells.ts).
 */

export type { FactorRegion } from "./french-factors-region";
export { FACTOR_REGIONS } from "./french-factors-region";

export type FactorFrequency = "daily" | "monthly" | "annual";

/**
 * One section. `periods[i]` is YYYY-MM-DD (daily), YYYY-MM (monthly) or YYYY (annual); `columns[name][i]` is
 * that factor's decimal return in period i, NaN where the file prints -99.99 or -999 (missing).
 */
export type FactorTable = { periods: string[]; columns: Record<string, Float64Array> };

export type FrenchFactors = {
  region: FactorRegion;
  /** From "This file was created using the 202510 Bloomberg database."; null when the file has no such line (shown as unknown). */
  vintage: { yyyymm: string; database: string } | null;
  /** The header's column names in file order, e.g. ["Mkt-RF", "SMB", "HML", "RF"]. */
  factors: string[];
  monthly: FactorTable | null;
  annual: FactorTable | null;
  daily: FactorTable | null;
};

/** Every column a French 3- or 5-factor file has; momentum and the other factors come in files of their own. */
export const FACTOR_COLUMNS = ["Mkt-RF", "SMB", "HML", "RMW", "CMA", "RF"] as const;
const REQUIRED_COLUMNS: readonly string[] = ["Mkt-RF", "SMB", "HML", "RF"];
/** Returns of a long position (the market over the bill, the bill) cannot be below -100%; long-short factors are not bounded so. */
const LONG_COLUMNS = new Set(["Mkt-RF", "RF"]);

const PERIOD = /^(\d{4})(?:(\d{2})(\d{2})?)?$/;

type Period = { text: string; frequency: FactorFrequency } | { error: "not_a_factor_period" | "not_a_calendar_date" };

/** A period cell as YYYY-MM-DD, YYYY-MM or YYYY, or why it is not one. */
function readPeriod(cell: string): Period {
  const m = PERIOD.exec(cell.trim());
  if (!m) return { error: "not_a_factor_period" };
  const [, year, month, day] = m as unknown as [string, string, string | undefined, string | undefined];
  if (month === undefined) return { text: year, frequency: "annual" };
  if (Number(month) < 1 || Number(month) > 12) return { error: "not_a_factor_period" };
  if (day === undefined) return { text: `${year}-${month}`, frequency: "monthly" };
  // Date.UTC rolls 1990-02-31 over to March, so a day that does not exist comes back with another month.
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (Number(day) < 1 || date.getUTCMonth() !== Number(month) - 1) return { error: "not_a_calendar_date" };
  return { text: `${year}-${month}-${day}`, frequency: "daily" };
}

/** `lines`: data lines seen, read or refused (a section whose every line was refused is not "empty"). */
type OpenSection = { line: number; columns: string[]; frequency: FactorFrequency | null; lines: number; periods: string[]; rows: number[][] };

function readRow(cells: string[], line: number, section: OpenSection, errors: ErrorCollector): void {
  section.lines++;
  const period = readPeriod(cells[0] ?? "");
  if ("error" in period) return errors.add(line, "period", period.error, { value: clip((cells[0] ?? "").trim()) });
  const prev = section.periods.at(-1);
  // Periods of one section share a length (one frequency) and ascend; YYYY-MM-DD strings order like their dates.
  if (prev !== undefined && (section.frequency !== period.frequency || period.text <= prev)) {
    errors.add(line, "period", "period_out_of_order", { period: (cells[0] ?? "").trim(), previous: prev });
  }
  section.frequency ??= period.frequency;
  const { columns } = section;
  if (!rowWidthOk(cells, columns, line, errors)) return;
  const row = columns.map((column, c) => {
    const cell = cells[c + 1] ?? "";
    const v = readValue(cell, LONG_COLUMNS.has(column) ? "vw" : "other");
    if (typeof v === "number") return v;
    errors.addCell(line, column, v, cell.trim());
    return NaN;
  });
  section.periods.push(period.text);
  section.rows.push(row);
}

/** Header checks: only the known factor columns, the four every file has, and the same columns in every section. */
function checkHeader(columns: string[], line: number, first: OpenSection | undefined, errors: ErrorCollector): void {
  const known: readonly string[] = FACTOR_COLUMNS;
  for (const c of columns) {
    if (c !== "" && !known.includes(c)) errors.add(line, c, "unknown_column", { known: FACTOR_COLUMNS.join(",") });
  }
  for (const c of REQUIRED_COLUMNS) if (!columns.includes(c)) errors.add(line, c, "missing_column");
  if (first && first.columns.join(",") !== columns.join(",")) errors.add(line, null, "factor_columns_differ", { first: first.line });
}

function toTable(s: OpenSection): FactorTable {
  const columns: Record<string, Float64Array> = {};
  s.columns.forEach((name, c) => {
    columns[name] = Float64Array.from(s.rows, (r) => {
      const v = r[c] ?? NaN;
      // toPrecision(15) drops the division's float noise: 0.68 / 100 gives 0.0068, not 0.006800000000000001.
      return MISSING.has(v) ? NaN : Number((v / 100).toPrecision(15));
    });
  });
  return { periods: s.periods, columns };
}

/**
 * Parses a French factor file. `fileName` names the region when the preamble does not (regional files), and
 * is echoed in the error when neither does. A file with any error imports nothing.
 * @example parseFrenchFactors(text, "Europe_3_Factors_202510.csv") → { ok: true, value: { region: "EUROPE",
 *   vintage: { yyyymm: "202510", database: "Bloomberg" }, factors: ["Mkt-RF", "SMB", "HML", "RF"],
 *   monthly: { periods: ["1990-07", …] (424), columns }, annual: { periods: ["1991", …] (34), columns }, daily: null } }
 */
export function parseFrenchFactors(text: string, fileName: string): ImportResult<FrenchFactors> {
  const lines = stripBom(text).split(/\r?\n/);
  const errors = new ErrorCollector();
  const sections: OpenSection[] = [];
  const preamble: string[] = [];
  let open: OpenSection | null = null;
  const close = () => {
    if (open) sections.push(open);
    open = null;
  };
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === "") return close();
    if (line.startsWith(",")) {
      if (open) errors.add(i + 1, null, "header_in_section");
      close();
      const columns = readColumns(line, i + 1, errors);
      checkHeader(columns, i + 1, sections[0], errors);
      open = { line: i + 1, columns, frequency: null, lines: 0, periods: [], rows: [] };
    } else if (open) {
      readRow(line.split(","), i + 1, open, errors);
    } else if (/^\d{4}/.test(line)) {
      errors.add(i + 1, "period", "row_outside_section");
    } else if (sections.length === 0) {
      preamble.push(line);
    }
  });
  close();

  const tables: Partial<Record<FactorFrequency, FactorTable>> = {};
  const firstLine: Partial<Record<FactorFrequency, number>> = {};
  for (const s of sections) {
    if (s.lines === 0) errors.add(s.line, null, "no_data_rows");
    if (s.frequency === null) continue;
    const first = firstLine[s.frequency];
    if (first !== undefined) errors.add(s.line, null, "repeated_factor_section", { first });
    firstLine[s.frequency] = s.line;
    tables[s.frequency] = toTable(s);
  }
  if (sections.length === 0 && errors.count === 0) errors.add(null, null, "no_section");
  if (sections.length > 0 && !tables.monthly && !tables.daily && errors.count === 0) errors.add(null, null, "no_monthly_factors");

  const preambleText = preamble.join(" ");
  const region = factorRegion(preambleText, fileName);
  if (region === null) {
    errors.add(null, null, "unknown_factor_region", { value: clip(fileName) });
    return errors.failure();
  }
  // "created using the 202510 Bloomberg database"; French's US files say "created by CMPT_ME_BEME_RETS using the …".
  const m = /created (?:by \S+ )?using the (\d{6}) (\S+) database/i.exec(preambleText);
  const vintage = m?.[1] && m[2] ? { yyyymm: m[1], database: m[2] } : null;
  return errors.result(() => ({
    region,
    vintage,
    factors: sections[0]?.columns ?? [],
    monthly: tables.monthly ?? null,
    annual: tables.annual ?? null,
    daily: tables.daily ?? null,
  }));
}
