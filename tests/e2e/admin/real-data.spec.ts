import { existsSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn, STORAGE } from "../helpers";

/**
 * Real data end to end: an admin uploads a French factor file and a KRX constituent list on /admin/data, sees
 * both listed (not active), activates them; an advisor's proposal then names the real sources on the Europe
 * small-cap line and the Korea KOSDAQ small-cap evidence row. The files are read from ../shared/data (never
 * copied into the repository): missing on CI fails, missing elsewhere skips with a message.
 */
const SHARED = path.resolve(process.cwd(), "../shared/data");
const EUROPE = path.join(SHARED, "french/Europe_3_Factors_202510.csv");
const KOSDAQ_SMALL = path.join(SHARED, "korea/KRX_KOSDAQ_SmallCap_QGZ03P_constituents_commit-2026-02-13.csv");
const EUROPE_NAME = "Europe 3 Factors 202510";
const KOSDAQ_NAME = "KRX KOSDAQ small-cap (QGZ03P)";
/** A demo client of advisor1 whose proposal holds European small caps (passive only, US home, no exclusions). */
const CLIENT = "demo-client-3";

const present = existsSync(EUROPE) && existsSync(KOSDAQ_SMALL);
if (!present && process.env.CI) throw new Error(`real-data e2e: ${SHARED} not found; CI must run this spec on the real data files`);

async function upload(page: Page, file: string, name: string) {
  await page.getByLabel(/^File \(up to/).setInputFiles(file);
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByTestId("upload-done")).toContainText(`Stored ${name}`);
  await expect(page.getByTestId("upload-done")).toContainText("not used in proposals until you activate it");
}

/**
 * Deletes the two uploads (all copies: a failed earlier attempt may have left some), so this spec starts clean
 * and the specs that follow see the demo data they expect.
 */
async function removeUploads(page: Page) {
  page.on("dialog", (dialog) => dialog.accept());
  await page.goto("/admin/data");
  for (const name of [EUROPE_NAME, KOSDAQ_NAME]) {
    const buttons = page.getByRole("button", { name: `Delete ${name}` });
    for (let left = await buttons.count(); left > 0; left--) {
      await buttons.first().click();
      await expect(page.getByTestId("datasets-notice")).toContainText(`${name} was deleted.`);
      // The notice shows before the table is refreshed: wait for the row to go before clicking the next one.
      await expect(buttons).toHaveCount(left - 1);
    }
  }
}

async function asAdmin(browser: Browser, work: (page: Page) => Promise<void>) {
  const page = await browser.newPage();
  await signIn(page, "admin");
  await work(page);
  await page.close();
}

test.describe("real data on the admin data page", () => {
  test.skip(!present, `${SHARED} not found: skipped (required on CI)`);

  test.beforeAll(async ({ browser }) => asAdmin(browser, removeUploads));
  test.afterAll(async ({ browser }) => asAdmin(browser, removeUploads));

  test("an admin uploads and activates a French factor file and a KRX list; an advisor's proposal names them", async ({ page, browser }) => {
    await signIn(page, "admin");
    await page.getByRole("navigation").getByRole("link", { name: "Market data" }).click();
    await expect(page.getByRole("heading", { name: "Market data" })).toBeVisible();

    await upload(page, EUROPE, EUROPE_NAME);
    await upload(page, KOSDAQ_SMALL, KOSDAQ_NAME);

    const table = page.getByTestId("data-sets");
    const europeRow = table.locator(`tr[data-dataset="${EUROPE_NAME}"]`);
    const kosdaqRow = table.locator(`tr[data-dataset="${KOSDAQ_NAME}"]`);
    await expect(europeRow).toContainText("French factor returns");
    await expect(europeRow).toContainText("Kenneth R. French Data Library");
    await expect(europeRow).toContainText("202510 Bloomberg");
    await expect(europeRow).toContainText("Not active");
    await expect(kosdaqRow).toContainText("1,334");
    await expect(kosdaqRow).toContainText("Not active");

    await page.getByRole("button", { name: `Activate ${EUROPE_NAME}` }).click();
    await expect(page.getByTestId("datasets-notice")).toContainText(`${EUROPE_NAME} is now used for: Europe small caps returns and Europe large caps returns.`);
    await page.getByRole("button", { name: `Activate ${KOSDAQ_NAME}` }).click();
    await expect(page.getByTestId("datasets-notice")).toContainText(`${KOSDAQ_NAME} is now used for: Korea KOSDAQ small caps constituents.`);
    await expect(kosdaqRow).toContainText("Korea KOSDAQ small caps constituents");
    await expect(page.getByLabel("Data set for Europe small caps returns")).toHaveValue(/\S/);

    const advisor = await browser.newContext({ storageState: STORAGE.advisor1 });
    const proposal = await advisor.newPage();
    await proposal.goto(`/clients/${CLIENT}/proposal`);
    await expect(proposal.getByTestId("partly-real-label")).toBeVisible();
    const europeSmall = proposal.getByTestId("allocation-line-EUROPE_SMALL").first();
    await expect(europeSmall).toContainText("Kenneth R. French Data Library");
    await expect(europeSmall).toContainText(EUROPE_NAME);
    await expect(proposal.getByTestId("evidence-row-snapshot:KOREA:small:KOSDAQ")).toContainText(KOSDAQ_NAME);
    await advisor.close();
  });
});
