/**
 * `npm run panel -- from-krx-daily FILE… --period month|year-end-may --out PANEL.csv|PANEL.parquet`
 * Converts KRX daily market-cap files (FinanceData/marcap layout) into a period-end panel for
 * `npm run backtest -- --panel`. The work is in scripts/lib/panel-run.ts; this file connects it to the process.
 */
import { nodePanelIo } from "./lib/panel-io";
import { runPanelCli } from "./lib/panel-run";

runPanelCli(process.argv.slice(2), nodePanelIo).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
