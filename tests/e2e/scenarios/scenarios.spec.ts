import { expect, test, type Page } from "@playwright/test";
import { STORAGE } from "../helpers";
import { pageTexts } from "../../helpers/pdf-text";

test.use({ storageState: STORAGE.advisor1 });

/** Saves a new scenario for the demo client from the proposal page and opens it; returns its URL path. */
async function saveScenario(page: Page, name: string): Promise<string> {
  await page.goto("/clients/demo-client-1/proposal");
  await page.getByLabel("Scenario name").fill(name);
  await page.getByRole("button", { name: "Save as scenario" }).click();
  await page.getByTestId("scenario-saved").getByRole("link", { name: "Open the scenario" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  return new URL(page.url()).pathname;
}

test("revise a scenario: version 2 is saved, both versions are listed and the compare page shows both", async ({ page }, testInfo) => {
  const name = `E2E revise ${Date.now()}`;
  const path = await saveScenario(page, name);
  await expect(page.getByTestId("version-heading")).toContainText("Version 1 of 1");

  await page.getByRole("link", { name: "Revise" }).click();
  await expect(page.getByTestId("revise-panel")).toContainText(`Revising “${name}”, starting from version 1.`);
  await page.getByLabel("Rebalancing").selectOption("quarterly");
  await page.getByRole("button", { name: "Save as version 2" }).click();
  await expect(page.getByTestId("version-saved")).toContainText("Saved as version 2.");

  await page.goto(path);
  await expect(page.getByTestId("version-heading")).toContainText("Version 2 of 2");
  await expect(page.getByTestId("scenario-versions").getByRole("link")).toHaveText(["Version 2", "Version 1"]);
  await expect(page.getByTestId("scenario-timeline")).toContainText("saved version 2");

  await page.getByRole("link", { name: "Compare with version 1" }).click();
  await expect(page.getByRole("heading", { name: "Compare scenarios" })).toBeVisible();
  await expect(page.getByTestId("compare-columns")).toContainText(`${name}, version 1`);
  await expect(page.getByTestId("compare-columns")).toContainText(`${name}, version 2`);
  await page.getByTestId("compare-wealth-chart").scrollIntoViewIfNeeded();
  await expect(page.getByTestId("compare-wealth-chart").locator("svg").first()).toBeVisible();
  const rebalancing = page.getByTestId("compare-methodology").getByRole("row", { name: /Rebalancing/ });
  await expect(rebalancing).toHaveAttribute("data-changed", "true");
  await expect(rebalancing).toContainText("Quarterly");
  await page.screenshot({ path: testInfo.outputPath("compare.png"), fullPage: true });
});

test("a status change appears in the timeline with who made it", async ({ page }) => {
  await saveScenario(page, `E2E status ${Date.now()}`);
  await expect(page.getByTestId("status-control").getByTestId("scenario-status")).toHaveAttribute("data-status", "draft");
  await page.getByRole("button", { name: "Mark as proposed" }).click();
  await expect(page.getByTestId("status-control").getByTestId("scenario-status")).toHaveAttribute("data-status", "proposed");
  await expect(page.getByTestId("scenario-timeline").locator("li").first()).toContainText("Kim Min-jun changed the status from Draft to Proposed");
  await page.getByRole("button", { name: "Mark as accepted" }).click();
  await expect(page.getByTestId("scenario-timeline").locator("li").first()).toContainText("from Proposed to Accepted");
  await expect(page.getByRole("button", { name: "Mark as declined" })).toHaveCount(0);
});

test("two tabs revising one scenario: the second save is refused with who saved first", async ({ page, context }) => {
  const path = await saveScenario(page, `E2E conflict ${Date.now()}`);
  const id = path.split("/").at(-1);
  const other = await context.newPage();
  for (const tab of [page, other]) await tab.goto(`/clients/demo-client-1/proposal?scenario=${id}&version=1`);
  await page.getByRole("button", { name: "Save as version 2" }).click();
  await expect(page.getByTestId("version-saved")).toBeVisible();
  await other.getByRole("button", { name: "Save as version 2" }).click();
  await expect(other.getByTestId("version-conflict")).toContainText("Version 2 was saved by Kim Min-jun");
  await other.goto(path);
  await expect(other.getByTestId("version-heading")).toContainText("Version 2 of 2");
});

test("the list filters by status and name, in the URL; a bad filter is named, not a crash", async ({ page }) => {
  await page.goto("/scenarios");
  await page.getByRole("combobox", { name: /^Status/ }).selectOption("proposed");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/status=proposed/);
  const table = page.getByTestId("scenario-table");
  await expect(table.getByRole("link", { name: "Growth with home bias" })).toBeVisible();
  await expect(table.getByRole("link", { name: "All-passive alternative" })).toHaveCount(0);

  await page.goto("/scenarios?q=passive%20alt");
  await expect(table.getByRole("link", { name: "All-passive alternative" })).toBeVisible();
  await expect(table.locator("tbody tr")).toHaveCount(1);

  await page.goto("/scenarios?from=2026-02-30&status=draft");
  await expect(page.getByTestId("filters-ignored")).toContainText("updated from");
  await expect(table).toBeVisible();
});

test("the seeded scenario compares its two versions", async ({ page }) => {
  await page.goto("/scenarios/compare?v=demo-scenario-1:1,demo-scenario-1:2");
  await expect(page.getByTestId("compare-columns")).toContainText("Growth with home bias, version 1");
  await expect(page.getByTestId("compare-columns")).toContainText("Growth with home bias, version 2");
  await expect(page.getByTestId("compare-weights").locator("td[data-changed]").first()).toBeVisible();
});

test.describe("another advisor", () => {
  test.use({ storageState: STORAGE.advisor2 });
  test("gets not found for the first advisor's scenario, its re-run and a comparison naming it", async ({ page }) => {
    for (const url of ["/scenarios/demo-scenario-1", "/scenarios/demo-scenario-1/rerun", "/scenarios/compare?v=demo-scenario-3:1,demo-scenario-1:1"]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(404);
      await expect(page.getByTestId("not-found")).toBeVisible();
    }
  });
});

/** Clicks an export link of the scenario page and returns the downloaded file's bytes. */
async function download(page: Page, name: RegExp): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-links").getByRole("link", { name }).click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const textOf = (pdf: Buffer) => pageTexts(pdf).map((p) => p.text).join("\n");

test("the seeded scenario downloads as a PDF report and two CSV files", async ({ page }) => {
  await page.goto("/scenarios/demo-scenario-1");
  const pdf = await download(page, /PDF/);
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const text = textOf(pdf);
  expect(text).toContain("Park Ji-woo");
  expect(text).toContain("Important information: hypothetical performance");

  const weights = (await download(page, /weights/i)).toString("utf8");
  expect(weights.charCodeAt(0)).toBe(0xfeff);
  const [header, ...rows] = weights.slice(1).trim().split(/\r?\n/);
  const column = header!.split(",").findIndex((h) => h.startsWith("Weight"));
  expect(column).toBeGreaterThan(-1);
  const total = rows.reduce((sum, row) => sum + Number(row.split(",")[column]), 0);
  expect(total).toBeCloseTo(100, 6);

  const backtest = (await download(page, /back-test|backtest/i)).toString("utf8");
  expect(backtest.trim().split(/\r?\n/).length).toBeGreaterThan(12);
});

test("in Korean, the PDF report is written in Hangul", async ({ page, context, baseURL }) => {
  // The language cookie only: switching through the UI would also save Korean on the shared demo account.
  await context.addCookies([{ name: "locale", value: "ko", url: baseURL! }]);
  const response = await page.request.get("/scenarios/demo-scenario-1/report.pdf?version=2");
  expect(response.status()).toBe(200);
  const text = textOf(Buffer.from(await response.body()));
  expect(text).toMatch(/[\uAC00-\uD7A3]{4,}/);
  expect(text).toContain("중요 안내: 가상 성과");
  expect(text).toContain("Park Ji-woo");
});

test.describe("another advisor's exports", () => {
  test.use({ storageState: STORAGE.advisor2 });
  test("answer 404, exactly like a missing scenario", async ({ page }) => {
    for (const file of ["report.pdf", "weights.csv", "backtest.csv"]) {
      for (const id of ["demo-scenario-1", "no-such-scenario"]) {
        const response = await page.request.get(`/scenarios/${id}/${file}?version=1`);
        expect(response.status(), `${id}/${file}`).toBe(404);
      }
    }
  });
});
