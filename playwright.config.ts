import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;

/**
 * End-to-end tests in Debian's Chromium (Playwright's own browser downloads are not possible here)
 * against `next start` on a freshly seeded SQLite database. Run `npm run build` first.
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
  // A second app server on the same database shows that sessions and sign-in throttling are shared.
  webServer: [
    { command: `bash scripts/e2e-server.sh ${PORT}`, url: `${baseURL}/login`, timeout: 180_000, reuseExistingServer: false, stdout: "pipe", stderr: "pipe" },
    { command: `bash scripts/e2e-server.sh ${PORT + 1} ${PORT}`, url: `http://localhost:${PORT + 1}/login`, timeout: 180_000, reuseExistingServer: false, stderr: "pipe" },
  ],
});
