import type { Panel } from "../../lib/backtest/panel";
import { readPanelFile } from "../../lib/data/panel-file";
import type { BacktestArgs } from "./backtest-args";
import { cliLocale, cliTranslate, importErrorLines } from "./import-errors";

/** What loading needs from the process (a part of backtest-run.ts's CliIo). */
export type PanelIo = {
  readFile: (path: string) => Uint8Array;
  now: () => number;
  env?: Readonly<Record<string, string | undefined>>;
};

/** The panel the flags name, or what to print instead; parseMs covers bytes → columnar panel. */
export type LoadedPanel = { panel: Panel; parseMs: number } | { panel: null; error: string };

/**
 * Where `npm run backtest` gets its panel: `--panel FILE` (CSV or Parquet). A new source of panels (a
 * stored dataset) is one more branch here.
 */
export async function loadCliPanel(args: BacktestArgs, io: PanelIo): Promise<LoadedPanel> {
  if (args.dataset !== undefined) return (await import("./stored-panel")).loadStoredPanel(args.dataset, io.now);
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(args.panel);
  } catch (e) {
    return { panel: null, error: `--panel: cannot read ${args.panel}: ${(e as Error).message}` };
  }
  const started = io.now();
  const read = await readPanelFile(bytes);
  if (!read.ok) {
    const locale = cliLocale(args.lang, io.env ?? {});
    return { panel: null, error: [...importErrorLines(args.panel, read, locale), cliTranslate(locale)("importList.nothingBacktested")].join("\n") };
  }
  return { panel: read.value, parseMs: io.now() - started };
}
