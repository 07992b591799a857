import { buildPanel, type Panel } from "../../lib/backtest/panel";
import { runSizeBacktest } from "../../lib/backtest/size-backtest";
import type { SizeBacktestResult, SurvivorshipMode } from "../../lib/backtest/types";
import { parsePanelCsv } from "../../lib/data/panel-csv";
import { BACKTEST_USAGE, parseBacktestArgs, type BacktestArgs } from "./backtest-args";
import { renderBacktestTable, toBacktestJson } from "./backtest-output";

/** Everything the CLI touches outside itself, so tests can run it without files or a process. */
export type CliIo = {
  readFile: (path: string) => string;
  writeFile: (path: string, text: string) => void;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now: () => number;
};

/** Exit codes: 0 done, 1 the panel or the run failed, 2 the flags are wrong. */
export const EXIT = { OK: 0, FAILED: 1, USAGE: 2 } as const;
const MAX_PRINTED_ERRORS = 20;

/**
 * `npm run backtest -- --panel FILE.csv …`: parses the panel, runs the size back-test and writes JSON
 * (or the study's table). Every failure names what to fix: the flag, or the file's line and column.
 */
export function runBacktestCli(argv: readonly string[], io: CliIo): number {
  if (argv.includes("--help") || argv.includes("-h")) {
    io.stdout(`${BACKTEST_USAGE}\n`);
    return EXIT.OK;
  }
  const args = parseBacktestArgs(argv);
  if (!args.ok) {
    io.stderr(`${args.message}\n\n${BACKTEST_USAGE}\n`);
    return EXIT.USAGE;
  }
  const { panel, parseMs, error } = loadPanel(args.value, io);
  if (!panel) {
    io.stderr(`${error}\n`);
    return EXIT.FAILED;
  }
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

/** Reads, parses and builds the panel; parseMs covers CSV → rows → columnar panel. */
function loadPanel(args: BacktestArgs, io: CliIo): { panel: Panel | null; parseMs: number; error: string } {
  let text: string;
  try {
    text = io.readFile(args.panel);
  } catch (e) {
    return { panel: null, parseMs: 0, error: `--panel: cannot read ${args.panel}: ${(e as Error).message}` };
  }
  const started = io.now();
  const rows = parsePanelCsv(text);
  if (!rows.ok) {
    const lines = rows.errors.slice(0, MAX_PRINTED_ERRORS).map((e) => {
      const column = e.column ? `, column ${e.column}` : "";
      return `${args.panel} line ${e.row}${column}: ${e.message}`;
    });
    const more = rows.errors.length > MAX_PRINTED_ERRORS ? [`…and ${rows.errors.length - MAX_PRINTED_ERRORS} more`] : [];
    return { panel: null, parseMs: 0, error: [...lines, ...more, "Nothing was back-tested."].join("\n") };
  }
  try {
    const panel = buildPanel(rows.value);
    return { panel, parseMs: io.now() - started, error: "" };
  } catch (e) {
    return { panel: null, parseMs: 0, error: `${args.panel}: ${(e as Error).message}` };
  }
}
