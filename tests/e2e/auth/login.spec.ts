import { expect, test } from "@playwright/test";
import { EMAIL, signIn } from "../helpers";

test.describe("signed out", () => {
  test("a visit to /clients lands on the login page", async ({ page }) => {
    await page.goto("/clients");
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  });

  test("a wrong password shows an error and stays on the login page", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(EMAIL.advisor2);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("login-error")).toHaveText("Wrong email or password.");
    await expect(page).toHaveURL(/\/login/);
  });

  test("the login page lists the demo accounts in demo mode", async ({ page }) => {
    await page.goto("/login");
    await expect(page.getByText(EMAIL.advisor1)).toBeVisible();
  });

  test("a demo advisor signs in, sees the dashboard, and signs out", async ({ page }) => {
    await signIn(page, "advisor1");
    await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    await expect(page.getByTestId("client-count")).toHaveText("3");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login/);
  });
});
