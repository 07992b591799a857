import { expect, test } from "@playwright/test";
import { EMAIL, signInAs } from "../helpers";
import { makeUser } from "../e2e-db";

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

  // A user of its own: signing out ends all of a user's sessions, and the demo advisors' are kept for other specs.
  test("an advisor signs in, sees the dashboard, and signs out", async ({ page }) => {
    const user = await makeUser();
    await signInAs(page, user.email, user.password);
    await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    await expect(page.getByTestId("client-count")).toHaveText("0");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login/);
  });
});
