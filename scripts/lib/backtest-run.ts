import { buildPanel, type Panel } from "../../lib/backtest/panel";
import { runSizeBacktest } from "../../lib/backtest/size-backtest";
import type { SizeBacktestResult, SurvivorshipMode } from "../../lib/backtest/types";
import { decodeImportText } from "../../lib/data/decode-text";
import type { ImportFailure } from "../../lib/data/import-result";
import { parsePanelCsv } from "../../lib/data/panel-csv";
import { BACKTEST_USAGE, parseBacktestArgs, type BacktestArgs } from "./backtest-args";
import { renderBacktestTable, toBacktestJson } from "./backtest-output";
import { cliLocale, cliTranslate, importErrorLines } from "./import-errors";

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
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(args.panel);
  } catch (e) {
    return { panel: null, parseMs: 0, error: `--panel: cannot read ${args.panel}: ${(e as Error).message}` };
  }
  const started = io.now();
  const text = decodeImportText(bytes);
  const rows = text.ok ? parsePanelCsv(text.value) : text;
  if (!rows.ok) return { panel: null, parseMs: 0, error: describeFailure(args.panel, rows, args, io) };
  try {
    const panel = buildPanel(rows.value);
    return { panel, parseMs: io.now() - started, error: "" };
  } catch (e) {
    return { panel: null, parseMs: 0, error: `${args.panel}: ${(e as Error).message}` };
  }
}

/** Every error the importer kept, then how many there were in all, in the language of --lang or LANG. */
function describeFailure(file: string, failure: ImportFailure, args: BacktestArgs, io: CliIo): string {
  const locale = cliLocale(args.lang, io.env ?? {});
  return [...importErrorLines(file, failure, locale), cliTranslate(locale)("importList.nothingBacktested")].join("\n");
}
