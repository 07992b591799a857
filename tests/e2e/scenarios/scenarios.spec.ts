import { expect, test, type Page } from "@playwright/test";
import { STORAGE } from "../helpers";

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
  await page.getByLabel("Status", { exact: true }).selectOption("proposed");
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
