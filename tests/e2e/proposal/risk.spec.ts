import { expect, test, type Page } from "@playwright/test";
import { STORAGE } from "../helpers";

test.use({ storageState: STORAGE.advisor1 });

/**
 * A client of the signed-in advisor made through the new-client form (Korean, risk 4, 20 years, ₩850,000,000,
 * like the demo's first client), so the test changes only data it made. Returns the client's id.
 */
async function createClient(page: Page): Promise<string> {
  const name = `E2E risk client ${Date.now()}`;
  await page.goto("/clients/new");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Home market").selectOption("KOREA");
  await page.getByLabel("Risk tolerance").selectOption("4");
  await page.getByLabel("Horizon (years)").fill("20");
  await page.getByLabel("Investable assets").fill("850000000");
  await page.getByLabel("Currency").selectOption("KRW");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  const id = new URL(page.url()).pathname.split("/").at(-1);
  expect(id).toMatch(/\S/);
  return id!;
}

test("the proposal shows the fan chart, the stress table and the risk fit, and a new risk tolerance changes the median outcome", async ({ page }, testInfo) => {
  const id = await createClient(page);
  await page.goto(`/clients/${id}/proposal`);
  await expect(page.getByRole("heading", { name: "Allocation proposal" })).toBeVisible();

  // The projection is asked for after the page renders; 10,000 paths take a moment on a busy CI machine.
  const fan = page.getByTestId("risk-fan-chart");
  await expect(fan.locator("svg").first()).toBeVisible({ timeout: 30_000 });
  const stress = page.getByTestId("stress-table");
  await expect(stress).toBeVisible();
  await expect(stress.getByRole("row")).toHaveCount(2 + 5); // two header rows (groups, columns), five episodes
  await expect(stress).toContainText("Global financial crisis");
  await expect(page.getByTestId("risk-fit")).toContainText("Fit with the risk tolerance");
  const median = page.getByTestId("risk-median-final");
  await expect(median).toContainText("Median wealth after 20 years: ₩");
  await page.getByTestId("risk-section").screenshot({ path: testInfo.outputPath("risk-section.png") });

  const before = await median.innerText();
  await page.getByLabel("Risk tolerance").selectOption("1");
  await expect(median).not.toHaveText(before, { timeout: 30_000 });
  await expect(page.getByTestId("risk-loading")).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByTestId("risk-fit")).toContainText("1 ·");
});

test("the projection's inputs are checked as they are typed", async ({ page }) => {
  const id = await createClient(page);
  await page.goto(`/clients/${id}/proposal`);
  await page.getByLabel("Inflation (% a year)").fill("30");
  await expect(page.getByTestId("error-assumption-inflation")).toHaveText("Enter an inflation rate from -5 to 20 (% a year).");
  await page.getByLabel("Inflation (% a year)").fill("2");
  await expect(page.getByTestId("error-assumption-inflation")).toHaveCount(0);
  await page.getByLabel("Target amount").fill("1000000000");
  await expect(page.getByTestId("risk-outcomes")).toContainText("Reaching the target of ₩1,000,000,000", { timeout: 30_000 });
});

test("the risk section in Korean", async ({ page, context, baseURL }) => {
  const id = await createClient(page);
  await context.addCookies([{ name: "locale", value: "ko", url: baseURL! }]);
  await page.goto(`/clients/${id}/proposal`);
  await expect(page.getByRole("heading", { name: "미래 위험 전망" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("stress-table")).toContainText("글로벌 금융위기");
});
