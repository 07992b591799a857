import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { BacktestJson } from "./backtest-output";
import { median } from "./bench-timing";
import type { Phase } from "./bench-types";

/** Issue 10's targets: no slower than pandas, under 300 MB, compute under 50 ms on the first call. */
const RATIO_TARGET = 1;
const RSS_TARGET_MB = 300;
const COMPUTE_TARGET_MS = 50;
const ROUNDS = 3;
const GNU_TIME = "/usr/bin/time";

type Timed = { wallMs: number; cpuMs: number; maxRssKb: number | null; stdout: string };

/**
 * Runs `command` as a fresh process with stdout to a file, timed as a whole (start-up included). Under
 * GNU time when it is there (peak RSS of the largest process in the tree: the node or python process, not
 * npm), else by the clock alone.
 */
function timed(command: string, args: readonly string[], outFile: string): Timed {
  const withTime = existsSync(GNU_TIME);
  const [file, argv] = withTime ? [GNU_TIME, ["-f", "\n%e %U %S %M", command, ...args]] : [command, [...args]];
  const started = performance.now();
  const result = spawnSync(file, argv, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const wallMs = performance.now() - started;
  if (result.status !== 0) throw new Error(`bench: ${command} ${args.join(" ")} failed:\n${result.stderr.slice(-2000)}`);
  writeFileSync(outFile, result.stdout);
  if (!withTime) return { wallMs, cpuMs: NaN, maxRssKb: null, stdout: result.stdout };
  const [, user, system, rss] = (result.stderr.trim().split("\n").at(-1) ?? "").split(" ").map(Number);
  return { wallMs, cpuMs: ((user ?? NaN) + (system ?? NaN)) * 1000, maxRssKb: rss ?? null, stdout: result.stdout };
}

/** python3 on PATH, else /usr/bin/python3, whichever imports pandas and numpy; or why there is none. */
function findPandas(): { python: string } | { reason: string } {
  for (const python of ["python3", "/usr/bin/python3"]) {
    const probe = spawnSync(python, ["-c", "import pandas, numpy"], { encoding: "utf8" });
    if (probe.status === 0) return { python };
  }
  return { reason: "neither python3 on PATH nor /usr/bin/python3 imports pandas and numpy" };
}

/** Largest absolute difference between two JSON trees' numbers (a missing or mismatched value counts as Infinity). */
function maxAbsDifference(a: unknown, b: unknown): number {
  if (typeof a === "number" || typeof b === "number") return typeof a === "number" && typeof b === "number" ? Math.abs(a - b) : Infinity;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return a === b ? 0 : Infinity;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  let max = 0;
  for (const k of keys) max = Math.max(max, maxAbsDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  return max;
}

const comparable = (json: BacktestJson) => ({ rebalanceDates: json.rebalanceDates, results: json.results, market: json.market });

/**
 * The user's command against the pandas/numpy reference (bench/size_sweep.py), on the same panel file,
 * alternating, each run a fresh process; medians of ROUNDS runs. The machine's other load hits both alike.
 */
export function runCliVsPandas(dir: string, panelFile: string): Phase[] {
  const cliArgs = ["run", "-s", "backtest", "--", "--panel", panelFile, "--buckets", "sweep", "--weighting", "all"];
  const pandas = findPandas();
  const cliRuns: Timed[] = [];
  const pyRuns: Timed[] = [];
  for (let k = 0; k < ROUNDS; k++) {
    cliRuns.push(timed("npm", cliArgs, path.join(dir, "cli.json")));
    if ("python" in pandas) pyRuns.push(timed(pandas.python, [path.resolve("bench/size_sweep.py"), panelFile], path.join(dir, "pandas.json")));
  }
  const cliJson = JSON.parse(readFileSync(path.join(dir, "cli.json"), "utf8")) as BacktestJson;
  const cliWall = median(cliRuns.map((r) => r.wallMs));
  const rss = cliRuns.map((r) => r.maxRssKb).filter((r): r is number => r !== null);
  const phases: Phase[] = [
    { name: "CLI whole process (median)", ms: cliWall, note: `npm ${cliArgs.join(" ")}; CPU ${median(cliRuns.map((r) => r.cpuMs)).toFixed(0)} ms` },
    { name: "CLI parse (its parseMs)", ms: median(cliRuns.map((r) => (JSON.parse(r.stdout) as BacktestJson).timings.parseMs)), note: "file bytes → columnar panel" },
    {
      name: "CLI compute, first call",
      ms: median(cliRuns.map((r) => (JSON.parse(r.stdout) as BacktestJson).timings.computeMs)),
      targetMs: COMPUTE_TARGET_MS,
      note: "its computeMs: the one run of the process",
    },
  ];
  if (rss.length > 0) phases.push({ name: "CLI peak RSS (max of runs)", ms: Math.max(...rss) / 1024, unit: "MB", targetMs: RSS_TARGET_MB });
  else phases.push({ name: "CLI peak RSS", ms: NaN, unit: "MB", note: `${GNU_TIME} not found: not measured` });
  if (!("python" in pandas)) return [...phases, { name: "pandas ratio", ms: NaN, unit: "×", note: `skipped: ${pandas.reason}` }];
  const pyWall = median(pyRuns.map((r) => r.wallMs));
  const pyJson = JSON.parse(readFileSync(path.join(dir, "pandas.json"), "utf8")) as BacktestJson;
  return [
    ...phases,
    { name: "pandas whole process (median)", ms: pyWall, note: `${pandas.python} bench/size_sweep.py; CPU ${median(pyRuns.map((r) => r.cpuMs)).toFixed(0)} ms` },
    { name: "pandas peak RSS (max of runs)", ms: Math.max(...pyRuns.map((r) => r.maxRssKb ?? NaN)) / 1024, unit: "MB" },
    { name: "CLI ÷ pandas wall time", ms: cliWall / pyWall, unit: "×", targetMs: RATIO_TARGET, note: `each the median of ${ROUNDS} alternating runs` },
    { name: "max |CLI − pandas|", ms: maxAbsDifference(comparable(cliJson), comparable(pyJson)), unit: "", note: "every return and statistic" },
  ];
}
