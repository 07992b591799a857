// Prints the test counts per layer and the closing "N passed, N failed" line CI reads, from the JSON reports
// of scripts/test-all.sh. Exits non-zero when anything failed, and a layer also fails when its report is
// missing (the step did not run), when it ran no test at all (only skips, or nothing: a layer that cannot
// run must not pass quietly), or when it reports errors outside tests (a test file that could not be loaded,
// an unhandled error, an e2e web server that did not start).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const dir = process.argv[2] ?? "test-results/summary";
const layers = [
  ["unit", "unit.json", "vitest"],
  ["integration (SQLite)", "integration-sqlite.json", "vitest"],
  ["integration (PostgreSQL)", "integration-postgresql.json", "vitest"],
  ["end-to-end", "e2e.json", "playwright"],
];

/** Vitest's JSON reporter: a file that failed without a failed test failed to load (its message says why). */
function vitestCounts(report) {
  const files = report.testResults ?? [];
  const loadErrors = files.filter((f) => f.status === "failed" && !f.assertionResults.some((a) => a.status === "failed"));
  let errors = loadErrors.map((f) => `${path.relative(process.cwd(), f.name)}: ${f.message || "failed to load"}`);
  if (report.success === false && report.numFailedTests === 0 && errors.length === 0) errors = ["the run failed outside any test"];
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests, errors };
}

/** Playwright's JSON reporter: `errors` are failures outside tests, e.g. a web server that did not start. */
function playwrightCounts(report) {
  const { expected, flaky, unexpected, skipped } = report.stats;
  const errors = (report.errors ?? []).map((e) => (e.message ?? String(e.value ?? "error")).split("\n")[0]);
  return { passed: expected + flaky, failed: unexpected, skipped, errors };
}

const total = { passed: 0, failed: 0, skipped: 0 };
console.log("\n=== test summary ===");
for (const [name, file, kind] of layers) {
  const full = path.join(dir, file);
  if (!existsSync(full)) {
    console.log(`${name}: FAILED, no report (the step did not run)`);
    total.failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(full, "utf8"));
  const counts = kind === "vitest" ? vitestCounts(report) : playwrightCounts(report);
  console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  for (const error of counts.errors) console.log(`${name}: FAILED, ${error}`);
  total.passed += counts.passed;
  total.skipped += counts.skipped;
  total.failed += counts.failed + counts.errors.length;
  if (counts.passed + counts.failed === 0) {
    console.log(`${name}: FAILED, no test ran`);
    total.failed += 1;
  }
}
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
