import { expect, test } from "@playwright/test";
import { createClient, STORAGE } from "../helpers";

test.use({ storageState: STORAGE.advisor1 });

test("the proposal shows the fan chart, the stress table and the risk fit, and a new risk tolerance changes the median outcome", async ({ page }, testInfo) => {
  const { id } = await createClient(page, "risk client");
  await page.goto(`/clients/${id}/proposal`);
  await expect(page.getByRole("heading", { name: "Allocation proposal" })).toBeVisible();

  // The projection is asked for after the page renders; 10,000 paths take a moment on a busy CI machine.
  const fan = page.getByTestId("risk-fan-chart");
  await expect(fan).toBeVisible({ timeout: 30_000 });
  await fan.scrollIntoViewIfNeeded();
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
  const { id } = await createClient(page, "risk client");
  await page.goto(`/clients/${id}/proposal`);
  await page.getByLabel("Inflation (% a year)").fill("30");
  await expect(page.getByTestId("error-assumption-inflation")).toHaveText("Enter an inflation rate from -5 to 20 (% a year).");
  await page.getByLabel("Inflation (% a year)").fill("2");
  await expect(page.getByTestId("error-assumption-inflation")).toHaveCount(0);
  await page.getByLabel("Target amount").fill("1000000000");
  await expect(page.getByTestId("risk-outcomes")).toContainText("Reaching the target of ₩1,000,000,000", { timeout: 30_000 });
});

test("the risk section in Korean", async ({ page, context, baseURL }) => {
  const { id } = await createClient(page, "risk client");
  await context.addCookies([{ name: "locale", value: "ko", url: baseURL! }]);
  await page.goto(`/clients/${id}/proposal`);
  await expect(page.getByRole("heading", { name: "미래 위험 전망" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("stress-table")).toContainText("글로벌 금융위기");
});
