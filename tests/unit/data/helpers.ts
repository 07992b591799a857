import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Test-data access for the importer tests. The real public files live outside the repository in
 * ../shared/data (never copied in, see SOURCES.md); tests that need them are skipped, with a note, when
 * the folder is absent. Hand-made fixtures live in tests/fixtures/data.
 */
export const SHARED_DATA = path.resolve(process.cwd(), "../shared/data");
export const hasSharedData = existsSync(SHARED_DATA);

if (!hasSharedData) console.warn(`[data tests] ${SHARED_DATA} not found: tests on the real files are skipped`);

export function readShared(relative: string): string {
  return readFileSync(path.join(SHARED_DATA, relative), "utf8");
}

export const FIXTURES = path.resolve(process.cwd(), "tests/fixtures/data");

export function readFixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), "utf8");
}
