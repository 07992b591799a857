import type { MonthlySeries } from "../market/types";
import { MISSING, periodCell, readColumns, readValue, rowWidthOk, type FrenchSectionKind } from "./french-cells";
import { ErrorCollector, stripBom, type ImportResult } from "./import-result";

/**
 * Importer for Kenneth French's multi-section CSVs (`Portfolios_Formed_on_ME.csv`, and files of the same
 * layout such as `Developed_6_Portfolios_ME_BE-ME.csv`): preamble text, then sections made of a title line,
 * a header line starting with a comma, data rows keyed YYYYMM or YYYY, and a blank line.
 */

export type { FrenchSectionKind } from "./french-cells";
export type FrenchFrequency = "monthly" | "annual";

export type FrenchSection = {
  title: string;
  kind: FrenchSectionKind;
  frequency: FrenchFrequency;
  /** "decimal": returns converted from percent (1.53 → 0.0153); "raw": values as printed (counts, $m). */
  unit: "decimal" | "raw";
  /** 1-based line of the section's header row. */
  line: number;
  columns: readonly string[];
  /** YYYY-MM for monthly sections, YYYY for annual ones. */
  periods: readonly string[];
  /**
   * values[c][i] is column c in period i. Missing values (-99.99 or -999 in the file) are NaN rather than
   * null so a column stays one Float64Array, the engine's series type.
   */
  values: readonly Float64Array[];
};

export type FrenchFile = {
  /** From "This file was created using the 202602 CRSP database."; null when the line is absent. */
  vintage: { yyyymm: string; database: string } | null;
  preamble: string;
  sections: readonly FrenchSection[];
};

function classify(title: string): FrenchSectionKind {
  const t = title.toLowerCase();
  if (t.includes("value weight")) return "vw";
  if (t.includes("equal weight")) return "ew";
  if (t.includes("number of firms")) return "firms";
  if (t.includes("firm size")) return "size";
  return "other";
}

type OpenSection = { title: string; kind: FrenchSectionKind; line: number; columns: string[]; periods: string[]; rows: number[][] };

/** Parses one data row into the open section, reporting bad cells by line and column header. */
function readRow(cells: string[], line: number, section: OpenSection, errors: ErrorCollector): void {
  const period = periodCell.safeParse(cells[0] ?? "");
  if (!period.success) {
    if (cells[0]?.includes('"')) return errors.add(line, "period", "stray_quote");
    return errors.addCell(line, "period", period.error.issues[0]?.message ?? "", cells[0] ?? "");
  }
  const p = period.data.length === 6 ? `${period.data.slice(0, 4)}-${period.data.slice(4)}` : period.data;
  const prev = section.periods[section.periods.length - 1];
  if (prev !== undefined && (p.length !== prev.length || p <= prev)) {
    errors.add(line, "period", "period_out_of_order", { period: period.data, previous: prev });
  }
  const { columns } = section;
  if (!rowWidthOk(cells, columns, line, errors)) return;
  const row = columns.map((column, c) => {
    const cell = cells[c + 1] ?? "";
    const v = readValue(cell, section.kind);
    if (typeof v === "number") return v;
    errors.addCell(line, column, v, cell.trim());
    return NaN;
  });
  section.periods.push(p);
  section.rows.push(row);
}

function closeSection(s: OpenSection): FrenchSection {
  const kind = s.kind;
  const t = s.title.toLowerCase();
  const byPeriod = (s.periods[0]?.length ?? 7) === 7 ? "monthly" : "annual";
  const frequency = t.includes("monthly") ? "monthly" : t.includes("annual") ? "annual" : byPeriod;
  const unit = kind === "vw" || kind === "ew" ? "decimal" : "raw";
  const values = s.columns.map((_, c) =>
    Float64Array.from(s.rows, (r) => {
      const v = r[c] ?? NaN;
      // toPrecision(15) drops the division's float noise: 1.53 / 100 gives 0.0153, not 0.015300000000000001.
      return MISSING.has(v) ? NaN : unit === "decimal" ? Number((v / 100).toPrecision(15)) : v;
    }),
  );
  return { title: s.title, kind, frequency, unit, line: s.line, columns: s.columns, periods: s.periods, values };
}

/**
 * Parses a French data-library CSV.
 * @example parseFrenchFile(text) → { ok: true, value: { vintage: { yyyymm: "202602", database: "CRSP" }, sections: [...6] } }
 */
export function parseFrenchFile(text: string): ImportResult<FrenchFile> {
  const lines = stripBom(text).split(/\r?\n/);
  const errors = new ErrorCollector();
  const sections: FrenchSection[] = [];
  const preamble: string[] = [];
  let open: OpenSection | null = null;
  let lastText = "";
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === "") {
      if (open) sections.push(closeSection(open));
      open = null;
    } else if (line.startsWith(",")) {
      if (open) errors.add(i + 1, null, "header_in_section");
      const columns = readColumns(line, i + 1, errors);
      open = { title: lastText, kind: classify(lastText), line: i + 1, columns, periods: [], rows: [] };
      if (sections.length === 0 && preamble[preamble.length - 1] === lastText) preamble.pop();
    } else if (open) {
      readRow(line.split(","), i + 1, open, errors);
    } else if (/^\d{4}/.test(line)) {
      errors.add(i + 1, "period", "row_outside_section");
    } else {
      lastText = line;
      if (sections.length === 0) preamble.push(line);
    }
  });
  if (open) sections.push(closeSection(open));
  if (sections.length === 0 && errors.count === 0) errors.add(null, null, "no_section");
  // French's generated files may name the program: "created by CMPT_ME_RETS using the 202602 CRSP database".
  const m = /created (?:by \S+ )?using the (\d{6}) (\S+) database/i.exec(preamble.join(" "));
  const vintage = m?.[1] && m[2] ? { yyyymm: m[1], database: m[2] } : null;
  return errors.result(() => ({ vintage, preamble: preamble.join("\n"), sections }));
}

/**
 * A monthly return series from the first monthly section of the given kind (decimals; NaN = missing).
 * @throws Error when the file has no such section or column.
 * @example frenchSeries(file, "vw", "Lo 10") → { name: "French VW Lo 10", months: ["1926-07", …], returns }
 */
export function frenchSeries(file: FrenchFile, kind: "vw" | "ew", column: string): MonthlySeries {
  const section = file.sections.find((s) => s.kind === kind && s.frequency === "monthly");
  if (!section) throw new Error(`frenchSeries: no monthly ${kind} section in the file`);
  const c = section.columns.indexOf(column);
  const values = section.values[c];
  if (c < 0 || !values) {
    throw new Error(`frenchSeries: no column "${column}"; columns are ${section.columns.join(", ")}`);
  }
  return { name: `French ${kind.toUpperCase()} ${column}`, months: section.periods, returns: values };
}
