import { expect, test } from "@playwright/test";
import { STORAGE } from "../helpers";

test.describe("clients", () => {
  test.use({ storageState: STORAGE.advisor1 });

  test("an invalid field shows its error, then a valid client appears in the list", async ({ page }) => {
    const name = `E2E Client ${Date.now()}`;
    await page.goto("/clients/new");
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Investable assets").fill("-5");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByTestId("error-investableAssets")).toHaveText("Out of the allowed range.");
    await expect(page).toHaveURL(/\/clients\/new/);

    await page.getByLabel("Investable assets").fill("750000");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("heading", { name })).toBeVisible();

    await page.goto(`/clients?q=${encodeURIComponent(name)}`);
    await expect(page.getByTestId("client-table").getByRole("link", { name })).toBeVisible();
  });

  test("search and sort the list", async ({ page }) => {
    await page.goto("/clients");
    await page.getByPlaceholder("Search by name or email").fill("park");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByTestId("client-table").getByRole("link")).toHaveText(["Park Ji-woo"]);
  });
});

test.describe("another advisor", () => {
  test.use({ storageState: STORAGE.advisor2 });

  test("opening the first advisor's client URL gets not found", async ({ page }) => {
    await page.goto("/clients/demo-client-1");
    await expect(page.getByTestId("not-found")).toBeVisible();
    await expect(page.getByText("Park Ji-woo")).toHaveCount(0);
    await page.goto("/clients/demo-client-1/edit");
    await expect(page.getByTestId("not-found")).toBeVisible();
  });
});
