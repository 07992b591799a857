import { expect, test, type Page } from "@playwright/test";
import { e2eOrigin } from "@/tests/helpers/e2e-servers";
import { STORAGE } from "../helpers";

// playwright.config.ts starts a second app server on its own port, on the same database.
const second = e2eOrigin("second");

async function attempt(page: Page, origin: string, email: string) {
  await page.goto(`${origin}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("wrong-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  return page.getByTestId("login-error");
}

test("failed sign-ins counted on one server lock the account on the other", async ({ page }) => {
  const email = `nobody-${Date.now()}@example.com`;
  for (let i = 0; i < 5; i++) await expect(await attempt(page, "", email)).toHaveText("Wrong email or password.");
  await expect(await attempt(page, second, email)).toHaveText(/locked for 15 minutes/);
});

test.describe("a session", () => {
  test.use({ storageState: STORAGE.advisor1 });
  test("started on one server is accepted by the other", async ({ page }) => {
    await page.goto(`${second}/clients`);
    await expect(page.getByRole("heading", { name: "Clients" })).toBeVisible();
    await expect(page.getByTestId("client-table")).toContainText("Park Ji-woo");
  });
});
