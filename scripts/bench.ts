/**
 * `npm run bench [-- CASE …]`: wall time and peak memory of the cases in scripts/lib/bench-cases.ts.
 * Each case runs in its own child process (same Node flags, so also under tsx) and reports
 * process.resourceUsage().maxRSS, its peak resident memory; the parent prepares inputs and prints
 * PASS/MISS against the targets. Exit code 1 only when a case fails to run: a MISS is a finding, not
 * an error, and depends on the machine.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { BENCH_CASES } from "./lib/bench-cases";
import { formatCase } from "./lib/bench-report";
import type { BenchCase, CaseOutcome } from "./lib/bench-types";

const self = fileURLToPath(import.meta.url);

async function child(name: string, dir: string): Promise<void> {
  const benchCase = BENCH_CASES.find((c) => c.name === name);
  if (!benchCase) throw new Error(`bench: unknown case "${name}"`);
  const phases = await benchCase.run(dir);
  const outcome: CaseOutcome = { phases, maxRssKb: process.resourceUsage().maxRSS };
  process.stdout.write(`${JSON.stringify(outcome)}\n`);
}

function runCase(benchCase: BenchCase, dir: string): CaseOutcome {
  const started = performance.now();
  benchCase.prepare?.(dir);
  console.log(`${benchCase.name}: inputs prepared in ${((performance.now() - started) / 1000).toFixed(1)} s (not timed)`);
  const result = spawnSync(process.execPath, [...process.execArgv, self, "--child", benchCase.name, dir], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`bench: case ${benchCase.name} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").at(-1) ?? "") as CaseOutcome;
}

function parent(names: readonly string[]): number {
  const unknown = names.filter((n) => !BENCH_CASES.some((c) => c.name === n));
  if (unknown.length > 0) {
    console.error(`bench: unknown case ${unknown.join(", ")}; cases: ${BENCH_CASES.map((c) => c.name).join(", ")}`);
    return 1;
  }
  const cases = names.length > 0 ? BENCH_CASES.filter((c) => names.includes(c.name)) : BENCH_CASES;
  console.log(`Node ${process.version}, ${availableParallelism()} cores, ${process.platform}/${process.arch}\n`);
  const dir = mkdtempSync(path.join(tmpdir(), "bench-"));
  try {
    for (const benchCase of cases) console.log(`${formatCase(benchCase, runCase(benchCase, dir)).join("\n")}\n`);
    return 0;
  } catch (e) {
    console.error((e as Error).message);
    return 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
if (args[0] === "--child") await child(args[1] ?? "", args[2] ?? "");
else process.exitCode = parent(args);
