import type { PanelRow } from "../backtest/types";
import { PANEL_FIELD, PANEL_OPTIONAL_COLUMNS, PANEL_REQUIRED_COLUMNS, type PanelColumn } from "./panel-schema";

/**
 * Writes panel rows as the CSV that parsePanelCsv reads back unchanged (round trip): the four required
 * columns, then each optional column that at least one row fills. Numbers use JavaScript's shortest
 * round-trip form, so a parsed value is bit-identical to the written one; null and undefined are empty.
 *
 * @example panelRowsToCsv([{ id: "A", date: "2020-05-31", marketCap: 100, return: null }])
 *   → "id,date,market_cap,return\nA,2020-05-31,100,\n"
 */
export function panelRowsToCsv(rows: readonly PanelRow[]): string {
  const optional = PANEL_OPTIONAL_COLUMNS.filter((c) => rows.some((r) => r[PANEL_FIELD[c]] != null));
  const columns: PanelColumn[] = [...PANEL_REQUIRED_COLUMNS, ...optional];
  const fields = columns.map((c) => PANEL_FIELD[c]);
  const lines: string[] = [columns.join(",")];
  for (const row of rows) {
    let line = "";
    for (let i = 0; i < fields.length; i++) {
      if (i > 0) line += ",";
      line += cell(row[fields[i] as keyof PanelRow]);
    }
    lines.push(line);
  }
  return lines.join("\n") + "\n";
}

function cell(value: PanelRow[keyof PanelRow]): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "1" : "0";
  if (typeof value === "number") return String(value);
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
