import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";

/** The production server of a performance script, on its own freshly seeded SQLite file. */
export type PerfServer = {
  baseUrl: string;
  port: number;
  databaseUrl: string;
  /** The last lines the server printed, to show when something went wrong. */
  logTail(): string;
  stop(): Promise<void>;
};

export const ROOT = path.resolve(import.meta.dirname, "../..");
const READY_TIMEOUT_MS = 120_000;
const LOG_LINES = 40;

/** Stops with a clear message when there is no production build: the scripts measure `next start`, never build. */
export function assertProductionBuild(script: string): void {
  if (existsSync(path.join(ROOT, ".next/BUILD_ID"))) return;
  throw new Error(`${script}: no production build (.next/BUILD_ID is missing). Run \`npm run build\` first.`);
}

/**
 * Listens on `port` (0: one the system picks, as scripts/free-ports.mjs does) and lets it go again.
 * @throws Error when the port is taken: another server there would answer in place of ours.
 */
export async function freePort(port = 0): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", (e) => reject(new Error(`port ${port} is not free: ${(e as Error).message}`)));
    server.listen(port, resolve);
  });
  const { port: bound } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return bound;
}

// Synchronous, so they also run from process.on("exit") after an error or Ctrl-C.
const cleanups = new Set<() => void>();
let hooksInstalled = false;

function runCleanups(): void {
  for (const cleanup of cleanups) cleanup();
  cleanups.clear();
}

function installExitHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.on("exit", runCleanups);
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping the server and removing its database`);
      process.exit(code);
    });
  }
}

function environment(port: number, databaseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: "perf-secret-not-for-production-0123456789",
    NEXTAUTH_URL: `http://localhost:${port}`,
    DEMO_MODE: "true",
    // Every request of a run comes from 127.0.0.1: the per-address sign-in limit must not get in the way.
    LOGIN_IP_MAX_ATTEMPTS: "5000",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

function runStep(label: string, command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { cwd: ROOT, env, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
}

async function waitUntilReady(baseUrl: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (code ${child.exitCode}) before it was ready:\n${log()}`);
    const ok = await fetch(`${baseUrl}/login`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer ${baseUrl}/login within ${READY_TIMEOUT_MS / 1000} s:\n${log()}`);
}

/**
 * Migrates and seeds a fresh demo database (data/bench-<port>.db), then starts `next start` on it with the
 * settings of scripts/e2e-server.sh. The server is stopped and the file removed by `stop()`, and also when the
 * process exits on an error or a signal.
 */
export async function startPerfServer(port?: number): Promise<PerfServer> {
  const chosenPort = await freePort(port);
  const dbFile = path.join(ROOT, `data/bench-${chosenPort}.db`);
  const databaseUrl = `file:${dbFile}`;
  const env = environment(chosenPort, databaseUrl);
  const removeDatabase = () => {
    for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`${dbFile}${suffix}`, { force: true });
  };
  installExitHooks();
  cleanups.add(removeDatabase);
  mkdirSync(path.dirname(dbFile), { recursive: true });
  removeDatabase();
  runStep("prisma migrate deploy", "npx", ["prisma", "migrate", "deploy"], env);
  runStep("the demo seed", "npx", ["tsx", "scripts/db/seed.ts"], env);

  const nextBin = path.join(ROOT, "node_modules/next/dist/bin/next");
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(chosenPort)], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString("utf8").split("\n").filter((l) => l.trim() !== ""));
    lines.splice(0, Math.max(0, lines.length - LOG_LINES));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  };
  cleanups.add(kill);
  const logTail = () => lines.join("\n");
  const baseUrl = `http://localhost:${chosenPort}`;
  await waitUntilReady(baseUrl, child, logTail);

  return {
    baseUrl,
    port: chosenPort,
    databaseUrl,
    logTail,
    async stop() {
      const exited = new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) resolve();
        else child.once("exit", () => resolve());
      });
      kill();
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
      cleanups.delete(kill);
      removeDatabase();
      cleanups.delete(removeDatabase);
    },
  };
}
