import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Hand-made fixtures of the importer tests, in tests/fixtures/data. The real public files (../shared/data)
 * are read through tests/helpers/shared-data.ts, which decides whether those tests run, skip or fail.
 */
export const FIXTURES = path.resolve(process.cwd(), "tests/fixtures/data");

export function readFixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), "utf8");
}
