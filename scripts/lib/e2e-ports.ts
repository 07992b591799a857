import { execFileSync } from "node:child_process";
import path from "node:path";

/** The two app servers of the end-to-end tests; `chosen` when they were picked here rather than given. */
export type E2EPorts = { primary: number; second: number; chosen: boolean };

const FREE_PORTS_SCRIPT = path.resolve(import.meta.dirname, "../free-ports.mjs");

function portOf(value: string, name: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new Error(`${name} must be a TCP port (1–65535), got "${value}"`);
  return port;
}

/** Two free ports, found by scripts/free-ports.mjs in a child process: the config loads synchronously. */
export function findFreePorts(): [number, number] {
  const out = execFileSync(process.execPath, [FREE_PORTS_SCRIPT, "2"], { encoding: "utf8" });
  const ports: unknown = JSON.parse(out);
  if (!Array.isArray(ports) || ports.length !== 2) throw new Error(`free-ports.mjs printed ${out.trim()}, not two ports`);
  return [portOf(String(ports[0]), "a free port"), portOf(String(ports[1]), "a free port")];
}

/**
 * The e2e ports: E2E_PORT (and E2E_SECOND_PORT, default E2E_PORT + 1) when set, else two free ports, so a
 * process already listening on a fixed port cannot stop the e2e layer. The result is written back to `env`:
 * Playwright loads the config in its main process and again in every worker, which it forks with the main
 * process's environment, so workers and spec files read the same ports instead of picking new ones.
 *
 * @throws Error when a given port is not a TCP port number, or both servers would share one.
 */
export function resolveE2EPorts(
  env: Record<string, string | undefined> = process.env,
  findFree: () => [number, number] = findFreePorts,
): E2EPorts {
  const given = env.E2E_PORT?.trim();
  const chosen = !given;
  const [primary, second] = given
    ? [portOf(given, "E2E_PORT"), portOf(env.E2E_SECOND_PORT?.trim() || String(Number(given) + 1), "E2E_SECOND_PORT")]
    : findFree();
  if (primary === second) throw new Error(`the two e2e servers need two ports, got ${primary} twice`);
  env.E2E_PORT = String(primary);
  env.E2E_SECOND_PORT = String(second);
  return { primary, second, chosen };
}
