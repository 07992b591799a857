/**
 * `npm run backtest -- --panel FILE.csv|FILE.parquet [--buckets …] [--weighting …] [--survivorship …] [--format json|table] [--lang en|ko]`
 * Size-bucket back-test of a per-security panel, CSV or Parquet (domain.md §3). The work is in scripts/lib/backtest-run.ts;
 * this file only connects it to the file system and the process.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { runBacktestCli } from "./lib/backtest-run";

process.exitCode = await runBacktestCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path),
  writeFile: (path, text) => writeFileSync(path, text),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => performance.now(),
  env: process.env,
});
