import { defineConfig, devices } from "@playwright/test";
import { resolveE2EPorts } from "./scripts/lib/e2e-ports";

// Two free ports unless E2E_PORT is set (scripts/lib/e2e-ports.ts), written back to process.env for the
// workers and spec files.
const ports = resolveE2EPorts();
const baseURL = `http://localhost:${ports.primary}`;
const secondURL = `http://localhost:${ports.second}`;

/**
 * End-to-end tests in Debian's Chromium (Playwright's own browser downloads are not possible here)
 * against `next start` on a freshly seeded SQLite database (data/e2e-<port>.db, removed after a run on
 * picked ports). Run `npm run build` first.
 */
export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  timeout: 60_000,
  use: {
    baseURL,
    trace: "on-first-retry",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, dependencies: ["setup"] },
  ],
  ...(ports.chosen ? { globalTeardown: "./scripts/e2e-teardown.ts" } : {}),
  // A second app server on the same database shows that sessions and sign-in throttling are shared.
  webServer: [
    { command: `bash scripts/e2e-server.sh ${ports.primary}`, url: `${baseURL}/login`, timeout: 180_000, reuseExistingServer: false, stdout: "pipe", stderr: "pipe" },
    { command: `bash scripts/e2e-server.sh ${ports.second} ${ports.primary}`, url: `${secondURL}/login`, timeout: 180_000, reuseExistingServer: false, stderr: "pipe" },
  ],
});
