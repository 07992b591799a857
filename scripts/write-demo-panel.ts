/**
 * `tsx scripts/write-demo-panel.ts --out demo.csv [--seed N]`: writes the synthetic Korean-like demo panel
 * (lib/data/synthetic) as a panel CSV, so `npm run backtest -- --panel demo.csv` runs on it. The same seed
 * always writes the same bytes. The data is synthetic, not market data.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { panelRowsToCsv } from "../lib/data/panel-csv-writer";
import { DEMO_DEFAULT_SEED, generateDemoPanel, SYNTHETIC_LABEL } from "../lib/data/synthetic";

const flagsSchema = z.object({
  out: z.string({ error: "--out: is required, e.g. --out demo.csv" }).min(1, "--out: needs a file name"),
  seed: z.coerce.number().int("--seed: must be a whole number").default(DEMO_DEFAULT_SEED),
});

function main(): number {
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({ options: { out: { type: "string" }, seed: { type: "string" } }, strict: true }).values;
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  const flags = flagsSchema.safeParse(values);
  if (!flags.success) {
    process.stderr.write(`${flags.error.issues.map((i) => i.message).join("\n")}\n`);
    return 2;
  }
  const rows = generateDemoPanel(flags.data.seed);
  writeFileSync(flags.data.out, panelRowsToCsv(rows));
  process.stderr.write(`${SYNTHETIC_LABEL}: wrote ${rows.length} rows to ${flags.data.out} (seed ${flags.data.seed})\n`);
  return 0;
}

process.exitCode = main();
