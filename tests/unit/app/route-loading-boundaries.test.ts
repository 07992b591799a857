import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";

const APP = path.resolve(import.meta.dirname, "../../../app");

/** Every file under `dir`, as paths relative to the app directory. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [path.relative(APP, full)];
  });
}

const files = filesUnder(APP);
const named = (name: string) => (file: string) => new RegExp(`^${name}\\.(tsx|ts|jsx|js)$`).test(path.basename(file));
const pages = files.filter(named("page"));
const loadingDirs = new Set(files.filter(named("loading")).map((f) => path.dirname(f)));

/** The directories from the app root down to `dir`: each one's loading file would wrap a page in `dir`. */
function ancestors(dir: string): string[] {
  const parts = dir === "." ? [] : dir.split(path.sep);
  return [".", ...parts.map((_, i) => parts.slice(0, i + 1).join(path.sep))];
}

/**
 * A loading file is a Suspense boundary: Next starts streaming (status 200) when its fallback renders, so a
 * page below it that calls notFound() renders the not-found UI with status 200 (Next docs, loading.js →
 * "Status codes"). Pages taking an id look it up and call notFound() for another advisor's id: they must
 * have no loading file above them, so that the answer is a real 404.
 */
describe("no loading boundary above a page that can answer 404", () => {
  const withId = pages.filter((p) => p.split(path.sep).some((segment) => /^\[.+\]$/.test(segment)));

  test("the app has id pages (the check is not vacuous)", () => {
    expect(withId.length).toBeGreaterThanOrEqual(4);
  });

  test.each(withId)("%s", (page) => {
    expect(ancestors(path.dirname(page)).filter((dir) => loadingDirs.has(dir))).toEqual([]);
  });

  // Pages that take a dataset or snapshot id in the query string answer 404 for another firm's id too.
  test.each(["(app)/research/information-gap/page.tsx", "(app)/research/french/page.tsx"])("%s (ids in the query)", (page) => {
    expect(pages).toContain(page.split("/").join(path.sep));
    const dir = path.dirname(page.split("/").join(path.sep));
    expect(ancestors(dir).filter((d) => loadingDirs.has(d))).toEqual([]);
  });

  test("the list pages keep a loading state", () => {
    for (const dir of ["(app)/dashboard", "(app)/clients/(list)", "(app)/research/(study)"]) expect(loadingDirs.has(dir.split("/").join(path.sep))).toBe(true);
  });
});
