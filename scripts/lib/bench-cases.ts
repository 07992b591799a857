import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sweepBuckets } from "../../lib/backtest/buckets";
import { PANEL_FLAG, type Panel } from "../../lib/backtest/panel";
import { runSizeBacktest } from "../../lib/backtest/size-backtest";
import type { SizeBacktestOptions } from "../../lib/backtest/types";
import { panelRowsToCsv } from "../../lib/data/panel-csv-writer";
import { readPanelFile } from "../../lib/data/panel-file";
import { panelRowsToParquet } from "../../lib/data/panel-parquet-writer";
import { generateBenchPanel, generateDemoPanel } from "../../lib/data/synthetic";
import { prepareProposalDb, runProposalCase } from "./bench-proposal";
import { importErrorLines } from "./import-errors";
import { median, time } from "./bench-timing";
import type { BenchCase, Phase } from "./bench-types";
import { runReportPdfCase } from "./bench-pdf";
import { runMonteCarloCase } from "./bench-monte-carlo";
import { runCliVsPandas } from "./bench-cli-vs-pandas";
import { runPanelDatasetCase } from "./bench-panel-dataset";

const COMPUTE_TARGET_MS = 50;

/**
 * Reads a panel file (CSV or Parquet) into the columnar panel, as the CLI does. A function of its own so the
 * file's bytes are garbage once it returns, as in the CLI.
 */
async function loadPanel(file: string): Promise<{ panel: Panel; phases: Phase[] }> {
  const [bytes, readMs] = time(() => readFileSync(file));
  const started = performance.now();
  const read = await readPanelFile(bytes);
  const parseMs = performance.now() - started;
  if (!read.ok) throw new Error(`bench: ${importErrorLines(file, read, "en")[0]}`);
  const panel = read.value;
  const cells = panel.flags.reduce((n, f) => n + (f & PANEL_FLAG.ROW), 0);
  const size = `${cells.toLocaleString("en")} rows, ${panel.ids.length} ids × ${panel.dates.length} dates`;
  const phases = [
    { name: "read file", ms: readMs, note: `${(bytes.length / 1e6).toFixed(1)} MB` },
    { name: `parse ${path.extname(file).slice(1)} → panel`, ms: parseMs, note: size },
  ];
  return { panel, phases };
}

/** Loads a panel, then times the size back-test cold (first call) and warm (median of 5 more). */
async function panelCase(file: string, options: SizeBacktestOptions): Promise<Phase[]> {
  const { panel, phases } = await loadPanel(file);
  const compute = () => time(() => runSizeBacktest(panel, options))[1];
  const cold = compute();
  const warm = median(Array.from({ length: 5 }, compute));
  const what = `${options.buckets.length} buckets × ${options.weightings.join("/")}`;
  return [
    ...phases,
    { name: "compute (first run)", ms: cold, targetMs: COMPUTE_TARGET_MS, note: what },
    { name: "compute (median of 5 more)", ms: warm, targetMs: COMPUTE_TARGET_MS },
  ];
}

/** The generated 5,000 × 30-year panel as CSV and Parquet, written once for every case that reads it. */
function writeBigPanel(dir: string): void {
  if (existsSync(path.join(dir, "bench.parquet"))) return;
  const rows = generateBenchPanel({ securities: 5000, years: 30, seed: 1 });
  writeFileSync(path.join(dir, "bench.csv"), panelRowsToCsv(rows));
  writeFileSync(path.join(dir, "bench.parquet"), panelRowsToParquet(rows));
}

export const BENCH_CASES: readonly BenchCase[] = [
  {
    name: "demo-sweep",
    description: "the study's sweep (19 buckets × cap/equal) on the synthetic demo market (annual, 2000–2024)",
    prepare: (dir) => writeFileSync(path.join(dir, "demo.csv"), panelRowsToCsv(generateDemoPanel())),
    run: (dir) => panelCase(path.join(dir, "demo.csv"), { buckets: sweepBuckets(), weightings: ["cap", "equal"] }),
    maxRssMb: 1024,
  },
  {
    name: "full-sweep-5000x30y",
    description: "19 buckets × cap/equal/sqrt on a 5,000-stock × 30-year monthly panel (1.8M rows), in-process",
    prepare: writeBigPanel,
    run: (dir) => panelCase(path.join(dir, "bench.csv"), { buckets: sweepBuckets(), weightings: ["cap", "equal", "sqrt"] }),
    // Under tsx, with the bench's own modules: the 300 MB target is the CLI's (backtest-cli-vs-pandas).
    maxRssMb: 512,
  },
  {
    name: "parquet-5000x30y",
    description: "the same panel as Parquet (hyparquet), then the same sweep",
    prepare: writeBigPanel,
    run: (dir) => panelCase(path.join(dir, "bench.parquet"), { buckets: sweepBuckets(), weightings: ["cap", "equal", "sqrt"] }),
    maxRssMb: 1024,
  },
  {
    name: "backtest-cli-vs-pandas",
    description: "npm run backtest -- --panel bench.csv --buckets sweep --weighting all against bench/size_sweep.py (pandas/numpy), fresh processes",
    prepare: writeBigPanel,
    run: (dir) => runCliVsPandas(dir, path.join(dir, "bench.csv")),
    maxRssMb: 1024,
  },
  {
    name: "panel-dataset-sqlite",
    description: "the 5,000 × 30-year panel stored as a dataset (columnar blob), then loaded from SQLite into the engine",
    prepare: writeBigPanel,
    run: (dir) => runPanelDatasetCase(dir, "sqlite"),
    maxRssMb: 1024,
  },
  {
    name: "panel-dataset-postgresql",
    description: "the same from PostgreSQL (BENCH_PG_ADMIN_URL, default the local server; skipped with a reason when none)",
    prepare: writeBigPanel,
    run: (dir) => runPanelDatasetCase(dir, "postgresql"),
    maxRssMb: 1024,
  },
  {
    name: "generate-proposal",
    description: "one generateProposal for a demo client: SQLite reads, allocation model, sleeve back-test, metrics",
    prepare: prepareProposalDb,
    run: runProposalCase,
    maxRssMb: 1024,
  },
  {
    name: "report-pdf",
    description: "the client-ready PDF report of a saved version, English and Korean (embedded Noto Sans KR subsets)",
    run: runReportPdfCase,
    maxRssMb: 512,
  },
  {
    name: "monte-carlo-10k",
    description: "Monte Carlo projection: 10,000 paths × 30 years, 14 sleeves and the 60/40 benchmark on the demo history",
    run: runMonteCarloCase,
    maxRssMb: 512,
  },
];
