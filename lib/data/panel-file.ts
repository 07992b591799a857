import type { Panel } from "../backtest/panel-type";
import type { ImportResult } from "./import-result";
import { readPanelCsv } from "./panel-csv";
import { isParquet, readPanelParquet } from "./panel-parquet";

/**
 * A panel file's bytes as the engine's columnar panel, whichever format it is in: Parquet is recognised by
 * its content (the "PAR1" marks at both ends), not by its name, so a renamed file still reads; anything
 * else is read as the panel CSV (strict UTF-8, see decode-text.ts). The CLI, the dataset import and the
 * admin upload all come through here.
 */
export function readPanelFile(bytes: Uint8Array): Promise<ImportResult<Panel>> {
  return isParquet(bytes) ? readPanelParquet(bytes) : Promise.resolve(readPanelCsv(bytes));
}
