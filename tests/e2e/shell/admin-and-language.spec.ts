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

test("an admin sees the Admin area", async ({ page }) => {
  await signIn(page, "admin");
  await page.getByRole("navigation").getByRole("link", { name: "Admin" }).click();
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
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
