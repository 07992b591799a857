import { rmSync } from "node:fs";

/**
 * Playwright global teardown when the config picked free ports: removes the run's SQLite files
 * (data/e2e-<port>.db and its journal, WAL and ready marker, see scripts/e2e-server.sh), which a random port
 * would otherwise leave behind on every run. With E2E_PORT given they are kept, to be inspected.
 */
export default function removeE2EDatabase(): void {
  const port = process.env.E2E_PORT;
  if (!port) return;
  for (const suffix of ["", "-journal", "-wal", "-shm", ".ready"]) rmSync(`data/e2e-${port}.db${suffix}`, { force: true });
}
