import type { AsyncBuffer } from "hyparquet";
import { ErrorCollector, type ImportErrorList } from "./import-result";
import { readKrxDailyCsv } from "./krx-daily-csv";
import { KrxPanelBuilder, type KrxPanel } from "./krx-daily-panel";
import { readKrxDailyParquet } from "./krx-daily-parquet";
import type { KrxPeriodKind } from "./krx-daily-periods";

export { isKrxPreferredCode } from "./krx-daily-layout";
export { KRX_PERIOD_KINDS, type KrxPeriodKind } from "./krx-daily-periods";
export type { KrxPanel, KrxPeriodSummary, KrxSecurity } from "./krx-daily-panel";

/**
 * One daily market-cap file: a CSV (plain or gzip) as a stream of bytes, or a Parquet file with random access
 * (hyparquet's AsyncBuffer: an ArrayBuffer, or `asyncBufferFromFile` from "hyparquet" in Node).
 */
export type KrxDailyInput = { name: string } & ({ kind: "csv"; chunks: AsyncIterable<Uint8Array> } | { kind: "parquet"; file: AsyncBuffer });

/** Progress for the log: after every 250,000 rows and at the end of each file. */
export type KrxProgressEvent = { file: string; index: number; files: number; rows: number; done: boolean };

export type KrxConversion = { ok: true; value: KrxPanel } | ({ ok: false; file: string | null } & ImportErrorList);

const PARQUET_MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"

/**
 * A file held in memory (an upload) as an input: Parquet when it starts with "PAR1", else CSV (gzip or not,
 * told apart by the reader). The kind comes from the content, never from the name.
 */
export function krxDailyInputFromBytes(name: string, bytes: Uint8Array): KrxDailyInput {
  if (PARQUET_MAGIC.every((b, i) => bytes[i] === b)) {
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    return { name, kind: "parquet", file };
  }
  return {
    name,
    kind: "csv",
    chunks: (async function* () {
      yield bytes;
    })(),
  };
}

/**
 * Converts KRX daily market-cap files (FinanceData/marcap layout, one per year, in any order) into a
 * period-end panel (see KrxPanelBuilder for the rules). The files are read one after the other; the first
 * file with an error stops the conversion and its errors are returned (nothing is converted from a broken
 * file), as is a gap of more than two weeks between trading days (file null).
 * @example await convertKrxDaily([krxDailyInputFromBytes("marcap-2025.csv.gz", bytes)], { period: "month" })
 *   → { ok: true, value: { rows: [{ id: "005930", date: "2025-01-31", marketCap: …, return: …, isPreferred: false, tradingValue: … }, …], periods: […], … } }
 */
export async function convertKrxDaily(
  inputs: readonly KrxDailyInput[],
  options: { period: KrxPeriodKind; onProgress?: (event: KrxProgressEvent) => void },
): Promise<KrxConversion> {
  const builder = new KrxPanelBuilder(options.period);
  for (const [index, input] of inputs.entries()) {
    const errors = new ErrorCollector();
    const progress = (rows: number, done: boolean) => options.onProgress?.({ file: input.name, index, files: inputs.length, rows, done });
    const onRow = (row: Parameters<KrxPanelBuilder["add"]>[0], line: number) => builder.add(row, line, errors);
    const rows =
      input.kind === "csv"
        ? await readKrxDailyCsv(input.chunks, onRow, errors, (n) => progress(n, false))
        : await readKrxDailyParquet(input.file, onRow, errors, (n) => progress(n, false));
    if (errors.count > 0) return { file: input.name, ...errors.failure() };
    progress(rows, true);
  }
  const built = builder.finish();
  if (built === null) {
    const errors = new ErrorCollector();
    errors.add(null, null, "no_data_rows");
    return { file: null, ...errors.failure() };
  }
  if (!built.ok) {
    const errors = new ErrorCollector();
    errors.report(null, null, built.problem);
    return { file: null, ...errors.failure() };
  }
  return built;
}

/**
 * What a converted panel is, as data to store beside it (Parquet key-value metadata, a CSV's sidecar file):
 * the source layout, that returns are price returns without dividends, the periods and which are partial.
 */
export function krxPanelMetadata(panel: KrxPanel, period: KrxPeriodKind, files: readonly string[]) {
  return {
    source: "krx-daily-marcap",
    files: [...files],
    period,
    returnKind: panel.returnKind,
    dividendsIncluded: false,
    firstDate: panel.firstDate,
    lastDate: panel.lastDate,
    partialPeriods: panel.periods.filter((p) => p.startsLate || p.endsEarly).map(({ label, end, startsLate, endsEarly }) => ({ label, end, startsLate, endsEarly })),
  };
}
