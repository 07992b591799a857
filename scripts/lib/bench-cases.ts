import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sweepBuckets } from "../../lib/backtest/buckets";
import { buildPanel, type Panel } from "../../lib/backtest/panel";
import { runSizeBacktest } from "../../lib/backtest/size-backtest";
import type { SizeBacktestOptions } from "../../lib/backtest/types";
import { parsePanelCsv } from "../../lib/data/panel-csv";
import { panelRowsToCsv } from "../../lib/data/panel-csv-writer";
import { generateBenchPanel, generateDemoPanel } from "../../lib/data/synthetic";
import { prepareProposalDb, runProposalCase } from "./bench-proposal";
import { importErrorLines } from "./import-errors";
import { median, time } from "./bench-timing";
import type { BenchCase, Phase } from "./bench-types";
import { runReportPdfCase } from "./bench-pdf";

const COMPUTE_TARGET_MS = 50;

/**
 * Reads and parses a panel CSV into the columnar panel. A function of its own so the text and the 1.8M
 * row objects are garbage once it returns, as in the CLI: compute is then timed without a heap full of
 * dead rows making every collection slower.
 */
function loadPanel(file: string): { panel: Panel; phases: Phase[] } {
  const [text, readMs] = time(() => readFileSync(file, "utf8"));
  const [rows, parseMs] = time(() => parsePanelCsv(text));
  if (!rows.ok) throw new Error(`bench: ${importErrorLines(file, rows, "en")[0]}`);
  const [panel, buildMs] = time(() => buildPanel(rows.value));
  const size = `${rows.value.length.toLocaleString("en")} rows, ${panel.ids.length} ids × ${panel.dates.length} dates`;
  const phases = [
    { name: "read file", ms: readMs, note: `${(text.length / 1e6).toFixed(1)} MB` },
    { name: "parse CSV → rows", ms: parseMs, note: size },
    { name: "buildPanel", ms: buildMs },
    { name: "parse total", ms: parseMs + buildMs },
  ];
  return { panel, phases };
}

/** Loads a panel, then times the size back-test cold (first call) and warm (median of 5 more). */
function panelCase(file: string, options: SizeBacktestOptions): Phase[] {
  const { panel, phases } = loadPanel(file);
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
    description: "19 buckets × cap/equal/sqrt on a 5,000-stock × 30-year monthly panel (1.8M rows)",
    prepare: (dir) =>
      writeFileSync(path.join(dir, "bench.csv"), panelRowsToCsv(generateBenchPanel({ securities: 5000, years: 30, seed: 1 }))),
    run: (dir) => panelCase(path.join(dir, "bench.csv"), { buckets: sweepBuckets(), weightings: ["cap", "equal", "sqrt"] }),
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
];
