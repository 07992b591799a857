import { expect, test } from "@playwright/test";
import { signIn, STORAGE } from "../helpers";

test.describe("admin area", () => {
  test.use({ storageState: STORAGE.advisor1 });

  test("an advisor opening /admin is refused and has no Admin link", async ({ page }) => {
    await page.goto("/admin");
    await expect(page.getByTestId("forbidden")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Users" })).toHaveCount(0);
    await expect(page.getByRole("navigation").getByRole("link", { name: "Admin" })).toHaveCount(0);
  });
});

test("an admin sees the Admin area and imports a holdings file", async ({ page }) => {
  await signIn(page, "admin");
  await page.getByRole("navigation").getByRole("link", { name: "Admin" }).click();
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();

  const csv = (weight: string) =>
    ["Ticker,Name,Sector,Asset Class,Market Value,Weight (%),Location", `"AAA","ALPHA INC","Energy","Equity","100.00","${weight}","Japan"`, ""].join("\n");
  await page.getByLabel("Holdings CSV").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(csv("n/a")) });
  await page.getByLabel("Label").fill("E2E Japan small");
  await page.getByLabel("Region").selectOption("JAPAN");
  await page.getByLabel("Size").selectOption("small");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("import-errors")).toContainText('column "Weight (%)"');

  await page.getByLabel("Holdings CSV").setInputFiles({ name: "good.csv", mimeType: "text/csv", buffer: Buffer.from(csv("100.00")) });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("import-done")).toContainText("Imported 1 equity lines");
  await expect(page.getByTestId("datasets")).toContainText("E2E Japan small");
});

// Uses the admin account so the saved language does not affect the advisors' specs.
test("switching to Korean shows Korean UI text and is remembered", async ({ page }) => {
  await signIn(page, "admin");
  await page.getByTestId("language-switcher").selectOption("ko");
  await expect(page.getByRole("heading", { name: "대시보드" })).toBeVisible();
  await page.goto("/clients");
  await expect(page.getByRole("heading", { name: "고객" })).toBeVisible();
  await page.getByTestId("language-switcher").selectOption("en");
  await expect(page.getByRole("heading", { name: "Clients" })).toBeVisible();
});

test.describe("research", () => {
  test.use({ storageState: STORAGE.advisor1 });

  test("shows the size study of the synthetic demo market", async ({ page }) => {
    await page.goto("/research");
    await expect(page.getByTestId("study-table")).toContainText("Cap-weighted");
    await expect(page.getByTestId("synthetic-label")).toBeVisible();
  });
});
