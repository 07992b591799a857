import { expect, test } from "@playwright/test";
import { createClient, STORAGE } from "../helpers";

test.use({ storageState: STORAGE.advisor1 });

test("generate a proposal, change the risk tolerance, save it as a scenario and find it under the client", async ({ page }, testInfo) => {
  const client = await createClient(page, "proposal client");
  await page.getByRole("link", { name: "Allocation proposal" }).click();
  await expect(page.getByRole("heading", { name: "Allocation proposal" })).toBeVisible();

  await expect(page.getByTestId("allocation-bar")).toBeVisible();
  // Charts are drawn when they come near the viewport (components/charts/lazy-charts.tsx).
  await page.getByTestId("wealth-chart").scrollIntoViewIfNeeded();
  await expect(page.getByTestId("wealth-chart").locator("svg").first()).toBeVisible();
  await expect(page.getByTestId("evidence-table")).toBeVisible();
  await expect(page.getByTestId("synthetic-label")).toBeVisible();
  await expect(page.getByTestId("disclosure")).toContainText("Hypothetical performance");
  await testInfo.attach("proposal", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
  await page.screenshot({ path: testInfo.outputPath("proposal.png"), fullPage: true });

  const share = page.getByTestId("small-cap-share");
  const before = await share.innerText();
  await page.getByLabel("Risk tolerance").selectOption("1");
  await expect(share).not.toHaveText(before);
  const after = await share.innerText();
  expect(parseFloat(after)).toBeLessThan(parseFloat(before));

  const name = `E2E scenario ${Date.now()}`;
  await page.getByLabel("Scenario name").fill(name);
  await page.getByRole("button", { name: "Save as scenario" }).click();
  await expect(page.getByTestId("scenario-saved")).toBeVisible();

  await page.goto(`/clients/${client.id}`);
  const link = page.getByTestId("client-scenarios").getByRole("link", { name });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByTestId("small-cap-share")).toHaveText(after);
});

test("the proposal page works in Korean", async ({ page, context, baseURL }) => {
  const client = await createClient(page, "Korean page client");
  await context.addCookies([{ name: "locale", value: "ko", url: baseURL! }]);
  await page.goto(`/clients/${client.id}/proposal`);
  await expect(page.getByRole("heading", { name: "자산배분 제안" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "정보 격차: 소형주 vs 대형주" })).toBeVisible();
});

test.describe("another advisor", () => {
  test.use({ storageState: STORAGE.advisor2 });
  test("cannot open the first advisor's proposal", async ({ page, browser, baseURL }) => {
    const owner = await browser.newContext({ storageState: STORAGE.advisor1, baseURL });
    const client = await createClient(await owner.newPage(), "other advisor's client");
    await owner.close();

    await page.goto(`/clients/${client.id}/proposal`);
    await expect(page.getByTestId("not-found")).toBeVisible();
    await expect(page.getByText(client.name)).toHaveCount(0);
  });
});
