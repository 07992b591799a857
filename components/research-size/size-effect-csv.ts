import { csvText, numberCell, textCell, type CsvCell } from "@/components/report/csv/cells";
import type { BucketSpec } from "@/lib/backtest/types";
import type { SeriesFigures, SizeEffectRun, SizeEffectView } from "@/lib/services/research/size-effect";

/** Decimals written: enough that a figure read back equals the computed one to about 1e-12. */
const DIGITS = 12;

const num = (v: number | null): CsvCell => (v === null || !Number.isFinite(v) ? textCell("") : numberCell(v, DIGITS));
const FIGURES: (keyof SeriesFigures)[] = ["cagr", "volatility", "sharpe", "returnRisk"];

/**
 * The size-effect study as a spreadsheet, in long form so every section shares one header:
 * - `stats`: one line per series (bucket × weighting, then the market) with its figures after and before the
 *   survivorship correction;
 * - `window`: one line per series and window: wealth (growth of 1) and holdings after the correction;
 * - `extremes`: one line per weighting and window: top- and bottom-10% excess over the cap-weighted market.
 * `run` is "result" (the inputs as given) or "baseline" (without costs and filters, when those are set).
 * Buckets are written in the page's custom-bucket syntax ("0.05-0.15", "#1-100", "#301+"); the market is "market".
 */
export function sizeEffectCsv(view: SizeEffectView, bucketKey: (b: BucketSpec) => string): string {
  const header = [
    "section", "run", "bucket", "weighting", "window_end",
    "cagr", "volatility", "sharpe", "return_risk",
    "cagr_before", "volatility_before", "sharpe_before", "return_risk_before",
    "wealth", "holdings", "top_excess", "bottom_excess", "top_cumulative", "bottom_cumulative",
  ].map(textCell);
  const width = header.length;
  const pad = (cells: CsvCell[]) => [...cells, ...Array.from({ length: width - cells.length }, () => textCell(""))];
  const lines: CsvCell[][] = [header];
  const runs: [string, SizeEffectRun | null][] = [["result", view.result], ["baseline", view.baseline]];
  for (const [name, run] of runs) {
    if (!run) continue;
    for (const row of run.rows) {
      const bucket = textCell(row.bucket ? bucketKey(row.bucket) : "market");
      const lead = [textCell("stats"), textCell(name), bucket, textCell(row.weighting), textCell("")];
      lines.push(pad([...lead, ...FIGURES.map((k) => num(row.after[k])), ...FIGURES.map((k) => num(row.before[k]))]));
      run.windowEnds.forEach((date, i) => {
        const blank = Array.from({ length: 8 }, () => textCell(""));
        lines.push(pad([textCell("window"), textCell(name), bucket, textCell(row.weighting), textCell(date), ...blank, num(row.wealth[i] ?? null), num(row.holdings[i] ?? null)]));
      });
    }
    for (const e of run.extremes) {
      run.windowEnds.forEach((date, i) => {
        const blank = Array.from({ length: 10 }, () => textCell(""));
        lines.push(pad([
          textCell("extremes"), textCell(name), textCell(""), textCell(e.weighting), textCell(date), ...blank,
          num(e.topExcess[i] ?? null), num(e.bottomExcess[i] ?? null), num(e.topCumulative[i] ?? null), num(e.bottomCumulative[i] ?? null),
        ]));
      });
    }
  }
  return csvText(lines);
}
