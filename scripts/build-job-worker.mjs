/**
 * `npm run build:jobs` (run by postinstall and prebuild): bundles lib/jobs/worker-entry.ts, the thread that
 * runs a size study inside the app on the SQLite default, into one plain ES module that Node loads with
 * `new Worker(file)` under `next start` and in tests, without TypeScript or Next's bundler. The entry imports
 * only pure code (the panel codec and the engine), so the bundle has no database or framework in it.
 *
 * Usage: node scripts/build-job-worker.mjs [out file]   (default generated/jobs/size-study-worker.mjs)
 */
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outfile = path.resolve(process.argv[2] ?? path.join(root, "generated", "jobs", "size-study-worker.mjs"));

let esbuild;
try {
  esbuild = await import("esbuild");
} catch {
  // A production install without dev dependencies: the app then runs jobs on its main thread (and says so).
  console.warn("build:jobs: esbuild is not installed; skipping the job worker bundle");
  process.exit(0);
}

await esbuild.build({
  entryPoints: [path.join(root, "lib", "jobs", "worker-entry.ts")],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
  // Fails the build if anything outside the pure modules slips in (a database driver cannot be bundled anyway).
  external: [],
});
console.log(`build:jobs: wrote ${path.relative(process.cwd(), outfile)}`);
