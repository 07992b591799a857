import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db/prisma";
import { badInputFiles, BAD_INPUT_DIR, generatedBadInputs, type BadInput, type Expected } from "../../fixtures/bad-input";

/**
 * Every bad-input file through the CLI that reads it, spawned as `npm run import` / `npm run backtest` run
 * them: holdings and French files through scripts/import-data.ts against a fresh SQLite database, panels
 * through scripts/backtest.ts. Each must exit non-zero, print its README error, and add no Dataset row.
 * About 100 processes of ~1 s: two at a time, about a minute.
 */
const TSX = path.resolve(process.cwd(), "node_modules/.bin/tsx");
const tmp = mkdtempSync(path.join(tmpdir(), "bad-input-cli-"));
const databaseUrl = `file:${path.join(tmp, "cli.db")}`;
const CONCURRENCY = 2;

type Run = { code: number | null; stderr: string };

function run(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, args, { cwd: process.cwd(), env: { ...process.env, DATABASE_URL: databaseUrl } });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.resume();
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

/** The command for a file, and how that CLI prints an error's place (see scripts/import-data.ts, backtest-run.ts). */
function commandFor(input: BadInput, file: string): { args: string[]; place: (e: Expected) => string } {
  const quoted = (e: Expected) => (e.column ? `line ${e.line}, column "${e.column}": ` : `line ${e.line}: `);
  switch (input.importer) {
    case "holdings":
      return { args: ["scripts/import-data.ts", "--holdings", file, "--region", "US", "--size", "small", "--label", "x"], place: quoted };
    case "french":
      return { args: ["scripts/import-data.ts", "--french", file], place: quoted };
    case "panel":
      return { args: ["scripts/backtest.ts", "--panel", file], place: (e) => (e.column ? `line ${e.line}, column ${e.column}: ` : `line ${e.line}: `) };
    case null:
      throw new Error(`${input.name}: no importer for this name`);
  }
}

/** Runs `jobs` with at most `limit` at a time, keeping their order. */
async function pool<T>(jobs: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < jobs.length; i = next++) results[i] = await (jobs[i] as () => Promise<T>)();
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

const generated = generatedBadInputs();
const inputs = [...badInputFiles(), ...generated];
const fileOf = (input: BadInput) => path.join(generated.includes(input) ? tmp : BAD_INPUT_DIR, input.name);
let db: Db;
let datasetsBefore = 0;
let runs: Run[] = [];

beforeAll(async () => {
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "pipe" });
  db = createDb(databaseUrl);
  for (const g of generated) writeFileSync(path.join(tmp, g.name), g.bytes);
  datasetsBefore = await db.dataset.count();
  runs = await pool(inputs.map((input) => () => run(commandFor(input, fileOf(input)).args)), CONCURRENCY);
}, 240_000);

afterAll(async () => {
  await db?.$disconnect();
  rmSync(tmp, { recursive: true, force: true });
});

describe("bad input through the CLIs", () => {
  it.each(inputs.map((input, i) => [input.name, i] as const))("%s: exits non-zero and prints its error", (_, i) => {
    const input = inputs[i] as BadInput;
    const { code, stderr } = runs[i] as Run;
    const expected = input.expected;
    if (!expected) throw new Error(`${input.name}: add a row to tests/fixtures/bad-input/README.md`);
    expect(code, stderr).toBe(1);
    const place = commandFor(input, fileOf(input)).place(expected);
    const printed = stderr.split("\n").some((line) => line.includes(place) && line.includes(expected.message));
    expect(printed, `expected "${place}…${expected.message}" in:\n${stderr}`).toBe(true);
  });

  it("wrote no Dataset row", async () => {
    expect(await db.dataset.count()).toBe(datasetsBefore);
  });

  // The control: the same harness sees a good file's row, so "no row" above means nothing was written.
  it("imports a good holdings file (one Dataset row more)", async () => {
    const good = path.join(tmp, "good.csv");
    writeFileSync(good, 'Ticker,Name,Sector,Asset Class,Market Value,Weight (%),Location\n"AAA","ALPHA INC","Energy","Equity","1.00","100.00","Japan"\n');
    const result = await run(commandFor({ name: "good.csv", importer: "holdings", bytes: new Uint8Array(), expected: undefined }, good).args);
    expect(result.code, result.stderr).toBe(0);
    expect(await db.dataset.count()).toBe(datasetsBefore + 1);
  }, 30_000);
});
