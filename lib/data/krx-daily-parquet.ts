import { parquetMetadataAsync, parquetRead, parquetSchema, type AsyncBuffer, type FileMetaData } from "hyparquet";
import { compressors } from "hyparquet-compressors";
import type { ErrorCollector } from "./import-result";
import { KRX_DAILY_USED, readKrxDailyCells, readKrxDailyHeader, type KrxCell } from "./krx-daily-layout";
import { PROGRESS_EVERY, type KrxProgress, type KrxRowSink } from "./krx-daily-csv";

/**
 * Reads a marcap Parquet file (`data/marcap-YYYY.parquet`) one row group at a time, only the six columns the
 * conversion uses, so a yearly file is never decoded whole. Cells come typed: INT64 as bigint, a pandas
 * timestamp as a Date (midnight UTC), text as strings; readKrxDailyCells accepts each. An error's "line" is the
 * 1-based row of the file (a header problem has none).
 * @returns the number of rows read (valid or not).
 */
export async function readKrxDailyParquet(file: AsyncBuffer, onRow: KrxRowSink, errors: ErrorCollector, onProgress?: KrxProgress): Promise<number> {
  let metadata: FileMetaData;
  let names: string[];
  try {
    metadata = await parquetMetadataAsync(file);
    names = parquetSchema(metadata).children.map((c) => c.element.name);
  } catch (e) {
    errors.add(null, null, "corrupt_parquet", { reason: (e as Error).message });
    return 0;
  }
  if (readKrxDailyHeader(names, null, errors) === null) return 0;
  let rows = 0;
  let nextProgress = PROGRESS_EVERY;
  let rowStart = 0;
  try {
    for (const group of metadata.row_groups) {
      const rowEnd = rowStart + Number(group.num_rows);
      let values: KrxCell[][] = [];
      await parquetRead({
        file,
        metadata,
        compressors,
        columns: [...KRX_DAILY_USED],
        rowStart,
        rowEnd,
        onComplete: (read: KrxCell[][]) => {
          values = read;
        },
      });
      for (const cells of values) {
        rows++;
        const row = readKrxDailyCells(cells, rows, errors);
        if (row) onRow(row, rows);
      }
      rowStart = rowEnd;
      if (rows >= nextProgress) {
        onProgress?.(rows);
        nextProgress = rows + PROGRESS_EVERY;
      }
    }
  } catch (e) {
    errors.add(null, null, "corrupt_parquet", { reason: (e as Error).message });
    return rows;
  }
  if (rows === 0 && errors.count === 0) errors.add(null, null, "no_data_rows");
  return rows;
}
