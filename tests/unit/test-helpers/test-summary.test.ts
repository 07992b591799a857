import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";

/*
 * scripts/test-summary.mjs run as CI runs it, on hand-written reports in the two runners' JSON layouts
 * (the fields it reads, as Vitest 4 and Playwright 1.65 write them).
 */
type Reports = Partial<Record<"unit" | "integration-sqlite" | "integration-postgresql" | "e2e", object>>;

const vitest = (passed: number, failed = 0, skipped = 0, files: object[] = []) => ({
  numPassedTests: passed,
  numFailedTests: failed,
  numPendingTests: skipped,
  numTodoTests: 0,
  success: failed === 0 && files.length === 0,
  testResults: files,
});
const playwright = (expected: number, unexpected = 0, skipped = 0, errors: object[] = []) => ({
  stats: { expected, unexpected, skipped, flaky: 0 },
  errors,
});
const allGreen: Reports = { unit: vitest(10), "integration-sqlite": vitest(5), "integration-postgresql": vitest(5), e2e: playwright(3) };

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function summarise(reports: Reports) {
  const dir = mkdtempSync(path.join(tmpdir(), "summary-"));
  dirs.push(dir);
  for (const [name, report] of Object.entries(reports)) writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(report));
  const run = spawnSync(process.execPath, ["scripts/test-summary.mjs", dir], { encoding: "utf8" });
  const lines = run.stdout.trim().split("\n");
  return { status: run.status, lines, last: lines.at(-1) };
}

describe("test-summary.mjs", () => {
  test("every layer ran and passed: exit 0", () => {
    expect(summarise(allGreen)).toMatchObject({ status: 0, last: "23 passed, 0 failed, 0 skipped" });
  });

  test.each<[string, Reports, string]>([
    ["the e2e layer ran no test (a port was taken, nothing matched)", { ...allGreen, e2e: playwright(0) }, "end-to-end: FAILED, no test ran"],
    ["the e2e layer only skipped", { ...allGreen, e2e: playwright(0, 0, 7) }, "end-to-end: FAILED, no test ran"],
    ["a unit layer ran no test", { ...allGreen, unit: vitest(0) }, "unit: FAILED, no test ran"],
    [
      "an e2e web server did not start",
      { ...allGreen, e2e: playwright(0, 0, 0, [{ message: "Error: http://localhost:3100/login is already used\nmore" }]) },
      "end-to-end: FAILED, Error: http://localhost:3100/login is already used",
    ],
    [
      "a test file could not be loaded",
      { ...allGreen, unit: vitest(10, 0, 0, [{ name: path.resolve("tests/unit/broken.test.ts"), status: "failed", message: "cannot load", assertionResults: [] }]) },
      "unit: FAILED, tests/unit/broken.test.ts: cannot load",
    ],
    ["a report is missing", { unit: vitest(1), "integration-sqlite": vitest(1), "integration-postgresql": vitest(1) }, "end-to-end: FAILED, no report (the step did not run)"],
    ["a test failed", { ...allGreen, "integration-sqlite": vitest(4, 1) }, "integration (SQLite): 4 passed, 1 failed, 0 skipped"],
  ])("%s: exit 1", (_label, reports, line) => {
    const result = summarise(reports);
    expect(result.status).toBe(1);
    expect(result.lines).toContain(line);
    expect(result.last).toMatch(/^\d+ passed, [1-9]\d* failed, \d+ skipped$/);
  });
});
