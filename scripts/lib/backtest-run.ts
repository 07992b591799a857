import { runSizeBacktest } from "../../lib/backtest/size-backtest";
import type { SizeBacktestResult, SurvivorshipMode } from "../../lib/backtest/types";
import { BACKTEST_USAGE, parseBacktestArgs, type BacktestArgs } from "./backtest-args";
import { renderBacktestTable, toBacktestJson } from "./backtest-output";
import { loadCliPanel } from "./backtest-panel";

/** Everything the CLI touches outside itself, so tests can run it without files or a process. */
export type CliIo = {
  /** The file's bytes: decoding (strict UTF-8) is the importer's side, as for every import path. */
  readFile: (path: string) => Uint8Array;
  writeFile: (path: string, text: string) => void;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now: () => number;
  /** The locale environment (LC_ALL, LC_MESSAGES, LANG): a panel's errors are in Korean under LANG=ko… without --lang. */
  env?: Readonly<Record<string, string | undefined>>;
};

/** Exit codes: 0 done, 1 the panel or the run failed, 2 the flags are wrong. */
export const EXIT = { OK: 0, FAILED: 1, USAGE: 2 } as const;

/**
 * `npm run backtest -- --panel FILE.csv|FILE.parquet …`: reads the panel (backtest-panel.ts), runs the size back-test and writes JSON
 * (or the study's table). Every failure names what to fix: the flag, or the file's line and column.
 */
export async function runBacktestCli(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    io.stdout(`${BACKTEST_USAGE}\n`);
    return EXIT.OK;
  }
  const args = parseBacktestArgs(argv);
  if (!args.ok) {
    io.stderr(`${args.message}\n\n${BACKTEST_USAGE}\n`);
    return EXIT.USAGE;
  }
  const loaded = await loadCliPanel(args.value, io);
  if (!loaded.panel) {
    io.stderr(`${loaded.error}\n`);
    return EXIT.FAILED;
  }
  const { panel, parseMs } = loaded;
  const started = io.now();
  try {
    const run = (survivorship: SurvivorshipMode) => runSizeBacktest(panel, options(args.value, survivorship));
    const text =
      args.value.format === "table"
        ? renderBacktestTable(run("total_loss"), run("last_available"))
        : json(run(args.value.survivorship ?? "total_loss"), parseMs, io.now() - started);
    if (args.value.out) io.writeFile(args.value.out, text);
    else io.stdout(text);
    return EXIT.OK;
  } catch (e) {
    io.stderr(`${(e as Error).message}\n`);
    return EXIT.FAILED;
  }
}

function options(args: BacktestArgs, survivorship: SurvivorshipMode) {
  const { buckets, weightings, rebalanceMonth, riskFree } = args;
  return { buckets, weightings, survivorship, rebalanceMonth, riskFree };
}

function json(result: SizeBacktestResult, parseMs: number, computeMs: number): string {
  return `${JSON.stringify(toBacktestJson(result, { parseMs, computeMs }), null, 2)}\n`;
}
