/**
 * `npm run demo:panel -- --out demo.csv [--seed N] [--bench]`: writes a synthetic panel, as CSV or, for an
 * --out ending in .parquet, as Parquet (the same columns), so `npm run backtest -- --panel demo.csv` runs on it.
 * - default: the Korean-like demo market (lib/data/synthetic: ~2,400 stocks, end of May 2000–2024);
 * - --bench: the 5,000-stock × 30-year monthly panel `npm run bench` measures (1.8M rows, ~66 MB as CSV).
 * The same seed always writes the same bytes. The data is synthetic, not market data.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { panelRowsToCsv } from "../lib/data/panel-csv-writer";
import { panelRowsToParquet } from "../lib/data/panel-parquet-writer";
import { DEMO_DEFAULT_SEED, generateBenchPanel, generateDemoPanel, SYNTHETIC_LABEL } from "../lib/data/synthetic";

const flagsSchema = z.object({
  out: z.string({ error: "--out: is required, e.g. --out demo.csv" }).min(1, "--out: needs a file name"),
  seed: z.coerce.number().int("--seed: must be a whole number").optional(),
  bench: z.boolean().default(false),
});

function main(): number {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({ options: { out: { type: "string" }, seed: { type: "string" }, bench: { type: "boolean" } }, strict: true }).values;
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  const flags = flagsSchema.safeParse(values);
  if (!flags.success) {
    process.stderr.write(`${flags.error.issues.map((i) => i.message).join("\n")}\n`);
    return 2;
  }
  const { out, bench } = flags.data;
  const seed = flags.data.seed ?? (bench ? 1 : DEMO_DEFAULT_SEED);
  const rows = bench ? generateBenchPanel({ securities: 5000, years: 30, seed }) : generateDemoPanel(seed);
  writeFileSync(out, out.toLowerCase().endsWith(".parquet") ? panelRowsToParquet(rows) : panelRowsToCsv(rows));
  process.stderr.write(`${SYNTHETIC_LABEL}: wrote ${rows.length} rows to ${out} (seed ${seed})\n`);
  return 0;
}

process.exitCode = main();
