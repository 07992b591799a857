// Prints the test counts per layer and the closing "N passed, N failed" line CI reads.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const dir = process.argv[2] ?? "test-results/summary";
const layers = [
  ["unit", "unit.json", "vitest"],
  ["integration (SQLite)", "integration-sqlite.json", "vitest"],
  ["integration (PostgreSQL)", "integration-postgresql.json", "vitest"],
  ["end-to-end", "e2e.json", "playwright"],
];

let passed = 0;
let failed = 0;
let skipped = 0;
let missing = false;
console.log("\n=== test summary ===");
for (const [name, file, kind] of layers) {
  const full = path.join(dir, file);
  if (!existsSync(full)) {
    console.log(`${name}: no report (the step did not run)`);
    missing = true;
    continue;
  }
  const report = JSON.parse(readFileSync(full, "utf8"));
  const counts =
    kind === "vitest"
      ? { p: report.numPassedTests, f: report.numFailedTests, s: report.numPendingTests + report.numTodoTests }
      : { p: report.stats.expected + report.stats.flaky, f: report.stats.unexpected, s: report.stats.skipped };
  console.log(`${name}: ${counts.p} passed, ${counts.f} failed, ${counts.s} skipped`);
  passed += counts.p;
  failed += counts.f;
  skipped += counts.s;
}
if (missing) failed += 1;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
