import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "vitest";

/**
 * The real public data files live outside the repository, in ../shared/data (never copied in; see
 * SOURCES.md there). Tests on them are skipped, with a message, when the folder is missing on a developer's
 * machine, and fail when it is missing on CI, so the suite cannot go green without having run them.
 */
export const SHARED_DATA_DIR = path.resolve(process.cwd(), "../shared/data");
export const hasSharedData = existsSync(SHARED_DATA_DIR);

/** CI sets CI=true (GitHub Actions, GitLab, most others); "", "0" and "false" mean not CI. */
export function isCi(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== "" && value !== "0" && value !== "false";
}

export type SharedDataGate = { run: true } | { run: false; message: string };

/**
 * Whether tests on the shared data run: yes when the folder is there; skipped with a message when it is
 * missing outside CI.
 * @throws Error when it is missing on CI.
 */
export function sharedDataGate(options: { present: boolean; ci: boolean; dir: string; suite: string }): SharedDataGate {
  if (options.present) return { run: true };
  const missing = `${options.suite}: ${options.dir} not found`;
  if (options.ci) throw new Error(`${missing}. CI must run the tests on the real data files: provide the folder.`);
  return { run: false, message: `${missing}: skipped (it is required on CI).` };
}

/**
 * `describe` for a suite that reads ../shared/data: runs it, skips it with a warning, or (on CI without the
 * folder) replaces it with one failing test that says what is missing, so the failure is counted.
 */
export function describeWithSharedData(name: string, body: () => void): void {
  let gate: SharedDataGate;
  try {
    gate = sharedDataGate({ present: hasSharedData, ci: isCi(), dir: SHARED_DATA_DIR, suite: name });
  } catch (error) {
    describe(name, () => {
      test("has the shared data folder", () => {
        throw error;
      });
    });
    return;
  }
  if (gate.run) {
    describe(name, body);
    return;
  }
  console.warn(`[shared data] ${gate.message}`);
  describe.skip(name, body);
}

export function readShared(relative: string): string {
  return readFileSync(path.join(SHARED_DATA_DIR, relative), "utf8");
}
