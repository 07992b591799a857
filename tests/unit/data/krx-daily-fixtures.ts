import { gzipSync } from "node:zlib";
import { parquetWriteBuffer } from "hyparquet-writer";
import { KRX_DAILY_COLUMNS } from "../../../lib/data/krx-daily-layout";

/** A daily row for hand-made fixtures; the columns the converter ignores get plausible constants. */
export type DailyFixtureRow = { code: string; name?: string; date: string; ratio: number; marcap: number; amount?: number | null };

/** The row's 18 cells as strings, in the publisher's column order and quoting. */
function cellsOf(r: DailyFixtureRow): Record<(typeof KRX_DAILY_COLUMNS)[number], string> {
  return {
    Code: `"${r.code}"`,
    Name: `"${r.name ?? `Stock ${r.code}`}"`,
    Close: "1000.0",
    Dept: '""',
    ChangeCode: "1",
    Changes: "0.0",
    ChagesRatio: String(r.ratio),
    Volume: "10.0",
    Amount: r.amount === null ? "" : String(r.amount ?? 1000),
    Open: "1000.0",
    High: "1000.0",
    Low: "1000.0",
    Marcap: String(r.marcap),
    Stocks: "1000",
    Market: '"KOSPI"',
    MarketId: '"STK"',
    Rank: "1",
    Date: `"${r.date}"`,
  };
}

/** The rows as a marcap CSV (quoted header, LF line ends, as the publisher writes it). */
export function dailyCsv(rows: readonly DailyFixtureRow[]): string {
  const header = KRX_DAILY_COLUMNS.map((c) => `"${c}"`).join(",");
  return [header, ...rows.map((r) => KRX_DAILY_COLUMNS.map((c) => cellsOf(r)[c]).join(","))].join("\n") + "\n";
}

export const gzip = (text: string): Uint8Array => new Uint8Array(gzipSync(Buffer.from(text, "utf8")));

/**
 * Parsed daily rows (all 18 columns as strings) as a Parquet file typed the way pandas writes the marcap
 * frames: text as STRING, Date as a timestamp, Stocks as INT64 (read back as bigint), figures as DOUBLE.
 */
export function dailyParquet(rows: readonly Record<string, string>[]): Uint8Array {
  const text = new Set(["Code", "Name", "Dept", "Market", "MarketId"]);
  const columnData = KRX_DAILY_COLUMNS.map((name) => {
    if (text.has(name)) return { name, type: "STRING" as const, data: rows.map((r) => r[name] ?? "") };
    if (name === "Date") return { name, type: "TIMESTAMP" as const, data: rows.map((r) => new Date(`${r.Date}T00:00:00Z`)) };
    if (name === "Stocks") return { name, type: "INT64" as const, data: rows.map((r) => BigInt(Math.round(Number(r.Stocks)))) };
    return { name, type: "DOUBLE" as const, data: rows.map((r) => (r[name] === "" ? null : Number(r[name]))) };
  });
  return new Uint8Array(parquetWriteBuffer({ columnData, rowGroupSize: 20_000 }));
}

/** Weekdays from `from` to `to` (YYYY-MM-DD, inclusive): a fixture's trading calendar. */
export function weekdays(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    const day = new Date(t).getUTCDay();
    if (day !== 0 && day !== 6) out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}
