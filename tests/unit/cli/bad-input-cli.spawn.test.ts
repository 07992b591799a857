import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db/prisma";
import { en } from "@/lib/i18n/messages/en";
import { badInputFiles, BAD_INPUT_DIR, generatedBadInputs, type BadInput, type Expected } from "../../fixtures/bad-input";

/**
 * Every bad-input file through the CLI that reads it, spawned as `npm run import` / `npm run backtest` run
 * them: holdings and French files through scripts/import-data.ts against a fresh SQLite database, panels
 * through scripts/backtest.ts. Each must exit non-zero, print its README error (in English: the locale
 * environment is set to C), and add no Dataset row.
 * About 100 processes of ~1 s: two at a time, about a minute.
 */
const TSX = path.resolve(process.cwd(), "node_modules/.bin/tsx");
const tmp = mkdtempSync(path.join(tmpdir(), "bad-input-cli-"));
const databaseUrl = `file:${path.join(tmp, "cli.db")}`;
const CONCURRENCY = 2;

type Run = { code: number | null; stderr: string };

function run(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, DATABASE_URL: databaseUrl, LC_ALL: "", LC_MESSAGES: "", LANG: "C.UTF-8" };
    const child = spawn(TSX, args, { cwd: process.cwd(), env });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.resume();
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

/** The command for a file (scripts/import-data.ts or scripts/backtest.ts). */
function commandFor(input: BadInput, file: string): string[] {
  switch (input.importer) {
    case "holdings":
      return ["scripts/import-data.ts", "--holdings", file, "--region", "US", "--size", "small", "--label", "x"];
    case "french":
      return ["scripts/import-data.ts", "--french", file];
    case "panel":
      return ["scripts/backtest.ts", "--panel", file];
    case null:
      throw new Error(`${input.name}: no importer for this name`);
  }
}

/**
 * How both CLIs print an error (components/data/import-error-text.ts, English): "FILE: Line N, column "C": "
 * (or less of it, for a line's or the whole file's problem), then the code's sentence, whose words between
 * its placeholders must all be there.
 */
function printedAs(file: string, e: Expected): { place: string; words: string[] } {
  const at = e.line === null ? (e.column === null ? "" : `Column "${e.column}": `) : `Line ${e.line}${e.column === null ? "" : `, column "${e.column}"`}: `;
  return { place: `${file}: ${at}`, words: en[`importError.${e.code}`].split(/\{\w+\}/).filter((w) => w !== "") };
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
  // The import CLI stores data for a firm and names the user who imported it: one firm with one admin.
  const firm = await db.firm.create({ data: { name: "CLI test firm" } });
  await db.user.create({ data: { firmId: firm.id, email: "cli-admin@example.test", name: "CLI admin", role: "ADMIN", passwordHash: "x" } });
  for (const g of generated) writeFileSync(path.join(tmp, g.name), g.bytes);
  datasetsBefore = await db.dataset.count();
  runs = await pool(inputs.map((input) => () => run(commandFor(input, fileOf(input)))), CONCURRENCY);
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
    const { place, words } = printedAs(fileOf(input), expected);
    const printed = stderr.split("\n").some((line) => line.startsWith(place) && words.every((w) => line.includes(w)));
    expect(printed, `expected "${place}" and "${words.join("…")}" in:\n${stderr}`).toBe(true);
  });

  it("words them in Korean with --lang ko, and still exits 1 having imported nothing", async () => {
    const file = path.join(BAD_INPUT_DIR, "ishares-us-weight-text.csv");
    const { code, stderr } = await run([...commandFor({ name: "x", importer: "holdings", bytes: new Uint8Array(), expected: undefined }, file), "--lang", "ko"]);
    expect(code, stderr).toBe(1);
    expect(stderr).toContain(`${file}: 6행, "Weight (%)" 열: 숫자가 아닙니다: "n/a"`);
    expect(stderr).toContain(`${file}: 아무것도 가져오지 않았습니다`);
    expect(await db.dataset.count()).toBe(datasetsBefore);
  }, 30_000);

  it("wrote no Dataset row", async () => {
    expect(await db.dataset.count()).toBe(datasetsBefore);
  });

  // The control: the same harness sees a good file's row, so "no row" above means nothing was written.
  it("imports a good holdings file (one Dataset row more)", async () => {
    const good = path.join(tmp, "good.csv");
    writeFileSync(good, 'Ticker,Name,Sector,Asset Class,Market Value,Weight (%),Location\n"AAA","ALPHA INC","Energy","Equity","1.00","100.00","Japan"\n');
    const result = await run(commandFor({ name: "good.csv", importer: "holdings", bytes: new Uint8Array(), expected: undefined }, good));
    expect(result.code, result.stderr).toBe(0);
    expect(await db.dataset.count()).toBe(datasetsBefore + 1);
  }, 30_000);
});
