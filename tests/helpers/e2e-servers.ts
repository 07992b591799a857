/**
 * The origins of the two e2e app servers. playwright.config.ts picks their ports (or takes E2E_PORT and
 * E2E_SECOND_PORT) and writes them to the environment its workers inherit, so specs read them here.
 * @throws Error outside a Playwright run, where no port was chosen.
 */
export function e2eOrigin(server: "primary" | "second"): string {
  const name = server === "primary" ? "E2E_PORT" : "E2E_SECOND_PORT";
  const port = process.env[name];
  if (!port) throw new Error(`${name} is not set: run the e2e tests with playwright.config.ts, which chooses the ports`);
  return `http://localhost:${port}`;
}
