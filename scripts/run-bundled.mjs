/**
 * `node scripts/run-bundled.mjs <name> [args…]` runs scripts/<name>.ts as one JavaScript file bundled by
 * esbuild and cached in node_modules/.cache/smallcap-scripts/. `npm run backtest` goes through here.
 *
 * Why: through tsx, the back-test CLI spent about 0.5 s of CPU before reading its first byte (tsx's loader
 * thread, a transform per file, ~80 module loads); node on one cached bundle starts in about 0.1 s.
 * Why not a bundle built once (postinstall): a stale bundle would run yesterday's code. The cache records
 * the size and modification time of every source file esbuild read, checks them on each run (a few
 * milliseconds) and rebuilds when any changed (about 0.3 s). Packages stay external (loaded from
 * node_modules as usual). Plain JavaScript so that node runs it without tsx.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const cacheDir = path.join(root, "node_modules", ".cache", "smallcap-scripts");

/** [size, mtime] of a file, or null when it is gone. */
function stamp(file) {
  try {
    const s = statSync(path.resolve(root, file));
    return [s.size, s.mtimeMs];
  } catch {
    return null;
  }
}

/** Whether every input recorded with the bundle still has the size and mtime it had when it was built. */
function isFresh(manifestFile) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
  } catch {
    return false;
  }
  return Object.entries(manifest.inputs).every(([file, recorded]) => {
    const now = stamp(file);
    return now !== null && now[0] === recorded[0] && now[1] === recorded[1];
  });
}

/**
 * The generated Prisma clients (generated/…, CommonJS that finds its engine files next to itself) are
 * loaded from where they are, like packages, not copied into the bundle.
 */
const generatedClientsStayOutside = {
  name: "generated-clients-stay-outside",
  setup(build) {
    build.onResolve({ filter: /(^|[\\/])generated([\\/]|$)/ }, (args) => ({
      path: createRequire(path.join(args.resolveDir, "noop.js")).resolve(args.path),
      external: true,
    }));
  },
};

async function bundle(entry, outFile, manifestFile) {
  const { build } = await import("esbuild");
  mkdirSync(cacheDir, { recursive: true });
  // Written under a name of this process's own, then renamed: two runs building at once never read half a file.
  const tmp = `${outFile}.${process.pid}.tmp.mjs`;
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    outfile: tmp,
    metafile: true,
    logLevel: "warning",
    plugins: [generatedClientsStayOutside],
  });
  // This file too: a change to how bundles are built rebuilds them.
  const files = [...Object.keys(result.metafile.inputs), path.relative(root, new URL(import.meta.url).pathname)];
  const inputs = Object.fromEntries(files.map((file) => [file, stamp(file)]));
  renameSync(tmp, outFile);
  writeFileSync(`${manifestFile}.${process.pid}`, JSON.stringify({ inputs }));
  renameSync(`${manifestFile}.${process.pid}`, manifestFile);
}

const [name, ...args] = process.argv.slice(2);
if (!name || !/^[\w-]+$/.test(name)) {
  process.stderr.write("usage: node scripts/run-bundled.mjs <script name in scripts/> [args…]\n");
  process.exit(2);
}
const entry = path.join("scripts", `${name}.ts`);
const outFile = path.join(cacheDir, `${name}.mjs`);
const manifestFile = path.join(cacheDir, `${name}.inputs.json`);
if (!isFresh(manifestFile)) await bundle(entry, outFile, manifestFile);
// The bundled script reads its arguments from process.argv, as it would under tsx.
process.argv = [process.argv[0], path.join(root, entry), ...args];
await import(pathToFileURL(outFile).href);
