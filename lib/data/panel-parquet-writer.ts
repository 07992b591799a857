import { parquetWriteBuffer, type BasicType, type ColumnSource } from "hyparquet-writer";
import type { PanelRow } from "../backtest/types";
import { PANEL_FIELD, PANEL_OPTIONAL_COLUMNS, PANEL_REQUIRED_COLUMNS, type PanelColumn } from "./panel-schema";

/**
 * The Parquet type of each panel column: the CSV panel's columns under the same names, with the values the
 * CSV parser produces. `date` stays the YYYY-MM-DD text (not a Parquet DATE), so a reader gets exactly the
 * CSV's string; flags are BOOLEAN, analysts INT32, figures DOUBLE. Every column but id, date and market_cap
 * is nullable (null = empty cell).
 */
export const PANEL_PARQUET_TYPES = {
  id: "STRING",
  date: "STRING",
  market_cap: "DOUBLE",
  return: "DOUBLE",
  status: "STRING",
  is_preferred: "BOOLEAN",
  profitable: "BOOLEAN",
  analysts: "INT32",
  sector: "STRING",
  country: "STRING",
  trading_value: "DOUBLE",
} as const satisfies Record<PanelColumn, BasicType>;

const REQUIRED: readonly PanelColumn[] = PANEL_REQUIRED_COLUMNS.filter((c) => c !== "return");

/**
 * Writes panel rows as a Parquet file (hyparquet-writer, Snappy-compressed, 100,000-row groups) with the
 * columns panelRowsToCsv would write: the four required ones, then each optional column some row fills.
 * `metadata` becomes the file's key-value metadata (e.g. what the returns are).
 * @example panelRowsToParquet([{ id: "A", date: "2020-05-31", marketCap: 100, return: null }]) → Uint8Array starting "PAR1"
 */
export function panelRowsToParquet(rows: readonly PanelRow[], options: { metadata?: Readonly<Record<string, string>> } = {}): Uint8Array {
  const optional = PANEL_OPTIONAL_COLUMNS.filter((c) => rows.some((r) => r[PANEL_FIELD[c]] != null));
  const columns: PanelColumn[] = [...PANEL_REQUIRED_COLUMNS, ...optional];
  const columnData: ColumnSource[] = columns.map((column) => {
    const field = PANEL_FIELD[column];
    return {
      name: column,
      type: PANEL_PARQUET_TYPES[column],
      nullable: !REQUIRED.includes(column),
      data: rows.map((row) => row[field] ?? null),
      // Ids and dates repeat on every row: a dictionary keeps the file small and lets the reader build the
      // panel's id and date lists once (measured: 1.05 s and 390 MB instead of 1.76 s and 540 MB on 1.8M rows).
      ...(column === "id" || column === "date" ? { encoding: "RLE_DICTIONARY" as const } : {}),
    };
  });
  const buffer = parquetWriteBuffer({
    columnData,
    rowGroupSize: 100_000,
    kvMetadata: Object.entries(options.metadata ?? {}).map(([key, value]) => ({ key, value })),
  });
  return new Uint8Array(buffer);
}
