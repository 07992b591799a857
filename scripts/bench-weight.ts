/**
 * `npm run bench:weight`: the JavaScript each route's first load downloads (transfer size, gzip), in Chromium,
 * on the production build (`npm run build` first: this script builds nothing). See docs/performance.md,
 * "Web performance scripts". Exit code 1 only when a route cannot be measured; a MISS is a finding.
 */
import { chromium } from "@playwright/test";
import { DEMO_CLIENTS } from "../lib/demo/clients";
import { CHROMIUM_PATH, PORT_OPTION, readOptions, verdict } from "./lib/perf-options";
import { measureScriptWeight, type ScriptWeight } from "./lib/perf-script-weight";
import { assertProductionBuild, startPerfServer } from "./lib/perf-server";
import { signIn, type PerfCookie } from "./lib/perf-session";
import { runMain } from "./lib/run-main";

const USAGE = `npm run bench:weight -- [--port P]

Starts \`next start\` (run \`npm run build\` first) on a fresh demo database and opens each route once in
Chromium (${CHROMIUM_PATH}; CHROMIUM_PATH for another), signed in as the demo advisor (the admin for /admin),
with an empty cache; prints the transfer size of the script files each first load downloads.
  --port P   the app server's port (PERF_PORT, default a free one)`;

const TARGET_KB = 200;
const ADVISOR = "advisor1@demo.smallcap.app";
const ADMIN = "admin@demo.smallcap.app";
// The seed's proposed scenario of advisor1, with two versions (scripts/db/seed-scenarios.ts).
const SCENARIO = "demo-scenario-1";

type Who = "signed out" | "advisor" | "admin";

function routes(): [string, Who][] {
  const client = DEMO_CLIENTS.find((c) => c.advisorEmail === ADVISOR)?.id;
  if (!client) throw new Error(`bench:weight: the demo data has no client of ${ADVISOR}`);
  return [
    ["/login", "signed out"],
    ["/dashboard", "advisor"],
    ["/clients", "advisor"],
    ["/clients/new", "advisor"],
    [`/clients/${client}`, "advisor"],
    [`/clients/${client}/edit`, "advisor"],
    [`/clients/${client}/proposal`, "advisor"],
    ["/scenarios", "advisor"],
    [`/scenarios/${SCENARIO}`, "advisor"],
    [`/scenarios/${SCENARIO}/rerun`, "advisor"],
    [`/scenarios/compare?v=${SCENARIO}:1,${SCENARIO}:2`, "advisor"],
    ["/research", "advisor"],
    ["/research/size-effect", "advisor"],
    ["/research/french", "advisor"],
    ["/research/information-gap", "advisor"],
    ["/admin", "admin"],
    ["/admin/data", "admin"],
  ];
}

const kB = (bytes: number) => bytes / 1000;

function printTable(weights: readonly ScriptWeight[]): void {
  const width = Math.max(...weights.map((w) => w.path.length), 5) + 2;
  console.log(`${"route".padEnd(width)}${"JS kB (gzip)".padStart(13)}${"files".padStart(7)}  target ≤ ${TARGET_KB} kB`);
  for (const w of weights) {
    console.log(`${w.path.padEnd(width)}${kB(w.transferBytes).toFixed(1).padStart(13)}${String(w.files).padStart(7)}  ${verdict(kB(w.transferBytes) <= TARGET_KB)}`);
  }
  const uncompressed = weights.flatMap((w) => w.uncompressed);
  if (uncompressed.length > 0) console.log(`\nnote: ${uncompressed.length} script responses were not compressed, e.g. ${uncompressed[0]}`);
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  const { port } = readOptions(argv, { port: PORT_OPTION });
  assertProductionBuild("bench:weight");
  const server = await startPerfServer(port);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"] });
  try {
    const cookies: Record<Who, PerfCookie | null> = {
      "signed out": null,
      advisor: await signIn(server.baseUrl, ADVISOR),
      admin: await signIn(server.baseUrl, ADMIN),
    };
    console.log(`bench:weight on ${server.baseUrl}: script files of each route's first load, transfer size (headers + gzip body), 1 kB = 1000 bytes\n`);
    const weights: ScriptWeight[] = [];
    for (const [path, who] of routes()) {
      process.stderr.write(`opening ${path} (${who})…\n`);
      weights.push(await measureScriptWeight(browser, server.baseUrl, path, cookies[who]));
    }
    printTable(weights);
    return 0;
  } finally {
    await browser.close();
    await server.stop();
  }
}

runMain(main);
