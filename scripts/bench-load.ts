/**
 * `npm run bench:load`: requests per second and latency of the app under concurrent load, on the production
 * build (`npm run build` first: this script builds nothing). See docs/performance.md, "Web performance scripts".
 * Exit code 1 only when the script cannot measure (no build, a failed start or sign-in, non-2xx answers,
 * connection errors, action calls that did not succeed); a MISS against a target is a finding.
 */
import { availableParallelism, loadavg } from "node:os";
import { DEMO_CLIENTS } from "../lib/demo/clients";
import { DEFAULT_ASSUMPTIONS } from "../lib/validation/proposal";
import { serverActionHeaders, serverActionId } from "./lib/perf-action";
import { measureEndpoint, type LoadResult, type LoadSettings, type LoadTarget } from "./lib/perf-load-run";
import { PORT_OPTION, readOptions, verdict, withDefault } from "./lib/perf-options";
import { assertProductionBuild, startPerfServer } from "./lib/perf-server";
import { cookieHeader, signIn } from "./lib/perf-session";
import { runMain } from "./lib/run-main";

const USAGE = `npm run bench:load -- [--duration S] [--connections N] [--warmup S] [--port P]

Starts \`next start\` (run \`npm run build\` first) on a fresh demo database, signs in as the demo advisor
and drives the proposal page, the proposal re-run server action, /dashboard and /clients, one after another,
each with N concurrent connections for S seconds after a warm-up.
  --duration S      seconds per endpoint (BENCH_DURATION, default 20)
  --connections N   concurrent connections (BENCH_CONNECTIONS, default 20)
  --warmup S        warm-up seconds per endpoint, not counted (BENCH_WARMUP, default 3)
  --port P          the app server's port (PERF_PORT, default a free one)`;

const ADVISOR = "advisor1@demo.smallcap.app";
const TARGET_THROUGHPUT_SHARE = 0.6;
const TARGET_P95_MS = 300;

function targets(baseUrl: string, cookie: string): LoadTarget[] {
  const clientId = DEMO_CLIENTS.find((c) => c.advisorEmail === ADVISOR)?.id;
  if (!clientId) throw new Error(`bench:load: the demo data has no client of ${ADVISOR}`);
  const proposalPath = `/clients/${clientId}/proposal`;
  const page = (name: string, path: string): LoadTarget => ({ name, path, method: "GET", headers: { Cookie: cookie } });
  // What the assumptions form sends after the risk tolerance is changed to 1 (recorded in Chromium).
  const rerunBody = JSON.stringify([{ clientId, assumptions: { ...DEFAULT_ASSUMPTIONS, riskTolerance: 1 } }]);
  const actionId = serverActionId("lib/actions/proposals/generate-proposal.ts", "generateProposalAction");
  return [
    page("proposal page", proposalPath),
    {
      name: "proposal re-run (action)",
      path: proposalPath,
      method: "POST",
      headers: { Cookie: cookie, ...serverActionHeaders(baseUrl, actionId) },
      body: rerunBody,
      verifyBody: (body) => body.includes('"ok":true'),
    },
    page("dashboard", "/dashboard"),
    page("clients list", "/clients"),
  ];
}

const ms = (value: number) => value.toFixed(0).padStart(8);

function printResults(results: readonly LoadResult[]): void {
  console.log(`${"endpoint".padEnd(26)}${"requests".padStart(9)}${"req/s".padStart(9)}${"p50 ms".padStart(8)}${"p95 ms".padStart(8)}${"p99 ms".padStart(8)}${"non-2xx".padStart(9)}${"errors".padStart(8)}${"bad body".padStart(10)}  status`);
  for (const r of results) {
    console.log(
      `${r.name.padEnd(26)}${String(r.requests).padStart(9)}${r.requestsPerSecond.toFixed(1).padStart(9)}${ms(r.p50Ms)}${ms(r.p95Ms)}${ms(r.p99Ms)}${String(r.non2xx).padStart(9)}${String(r.errors).padStart(8)}${String(r.badBodies).padStart(10)}  ${r.statusCodes}`,
    );
  }
}

/** The target lines; true when every request succeeded. */
function printTargets(results: readonly LoadResult[]): boolean {
  const byName = (name: string) => results.find((r) => r.name === name)!;
  const proposal = byName("proposal page");
  const clients = byName("clients list");
  const share = proposal.requestsPerSecond / clients.requestsPerSecond;
  const failed = results.filter((r) => r.requests === 0 || r.non2xx + r.errors + r.badBodies > 0);
  console.log(`\n${verdict(share >= TARGET_THROUGHPUT_SHARE)}  proposal page throughput ${(share * 100).toFixed(0)}% of the clients list's (target ≥ ${TARGET_THROUGHPUT_SHARE * 100}%)`);
  console.log(`${verdict(proposal.p95Ms < TARGET_P95_MS)}  proposal page p95 ${proposal.p95Ms.toFixed(0)} ms (target < ${TARGET_P95_MS} ms)`);
  console.log(failed.length === 0 ? "PASS  no errors" : `FAIL  errors on ${failed.map((r) => r.name).join(", ")} (non-2xx, connection errors, action calls that did not succeed, or no response at all: try a longer --duration)`);
  return failed.length === 0;
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  const options = readOptions(argv, {
    durationSeconds: withDefault("--duration", "BENCH_DURATION", 20, 1, 3600),
    connections: withDefault("--connections", "BENCH_CONNECTIONS", 20, 1, 1000),
    warmupSeconds: withDefault("--warmup", "BENCH_WARMUP", 3, 1, 600),
    port: PORT_OPTION,
  });
  const settings: LoadSettings = options;
  assertProductionBuild("bench:load");
  const server = await startPerfServer(options.port);
  try {
    const cookie = cookieHeader([await signIn(server.baseUrl, ADVISOR)]);
    const [cores, load] = [availableParallelism(), loadavg().map((l) => l.toFixed(1)).join(" ")];
    console.log(`bench:load on ${server.baseUrl}: Node ${process.version}, ${cores} cores, load average ${load}`);
    console.log(`${settings.connections} connections, ${settings.durationSeconds} s per endpoint after a ${settings.warmupSeconds} s warm-up\n`);
    const results: LoadResult[] = [];
    for (const target of targets(server.baseUrl, cookie)) {
      process.stderr.write(`measuring ${target.name}…\n`);
      results.push(await measureEndpoint(server.baseUrl, target, settings));
    }
    printResults(results);
    const clean = printTargets(results);
    if (!clean) console.error(`\nlast lines of the server's log:\n${server.logTail()}`);
    return clean ? 0 : 1;
  } finally {
    await server.stop();
  }
}

runMain(main);
