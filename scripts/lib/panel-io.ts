import { closeSync, createReadStream, openSync, readSync, writeFileSync } from "node:fs";
import { asyncBufferFromFile } from "hyparquet";
import type { KrxDailyInput } from "../../lib/data/krx-daily";
import type { PanelCliIo } from "./panel-run";

/**
 * A daily file on disk as the converter's input: Parquet (by its "PAR1" magic) is read with random access,
 * anything else is streamed as bytes (the reader recognises gzip by its own magic number).
 */
export async function openKrxDailyFile(path: string): Promise<KrxDailyInput> {
  const head = Buffer.alloc(4);
  const fd = openSync(path, "r");
  try {
    readSync(fd, head, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString("latin1") === "PAR1") return { name: path, kind: "parquet", file: await asyncBufferFromFile(path) };
  return { name: path, kind: "csv", chunks: createReadStream(path, { highWaterMark: 1 << 20 }) };
}

/** The CLI's real file system and process streams. */
export const nodePanelIo: PanelCliIo = {
  openInput: openKrxDailyFile,
  writeFile: (path, data) => writeFileSync(path, data),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
};
