import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page, type TestInfo } from "@playwright/test";
import { signIn, STORAGE } from "../helpers";

/**
 * The research lab end to end: an admin uploads Kenneth French's size-decile file, the French factors file
 * and a small panel generated here on /admin/data; an advisor of the same (demo) firm then opens the French
 * deciles, the information-gap comparison of two demo segments, and the size-effect study on the demo market
 * and on the uploaded panel, with a screenshot of each page kept as a test artefact; a changed size-effect
 * input lands in the address, and that address opened in a new page shows the same table (a permalink).
 * The French files are read from ../shared/data (never copied into the repository): missing on CI fails,
 * missing elsewhere skips with a message. The uploads are deleted afterwards so later specs see the demo data.
 */
const SHARED = path.resolve(process.cwd(), "../shared/data");
const FRENCH_ME = path.join(SHARED, "french/Portfolios_Formed_on_ME.csv");
const FRENCH_FACTORS = path.join(SHARED, "french/F-F_Research_Data_Factors_monthly_through_202511.csv");
/** The Korea Exchange daily sample (2 Jan – 11 Feb 2025): the upload converts it into a monthly panel. */
const KRX_DAILY = path.join(SHARED, "korea/marcap-2025_partial_20250102-20250211.csv.gz");

const present = existsSync(FRENCH_ME) && existsSync(FRENCH_FACTORS) && existsSync(KRX_DAILY);
if (!present && process.env.CI) throw new Error(`research-lab e2e: ${SHARED} not found; CI must run this spec on the real data files`);

/** The names the uploads were stored under (read from the upload notice), for the pickers and the clean-up. */
const stored: string[] = [];

/**
 * A panel in the panel CSV format (id, date, market_cap, return): 12 securities × 36 month ends (2021–2023).
 * Sizes spread over two orders of magnitude; returns a deterministic pattern per security, so the study has
 * three end-of-May rebalances and two windows with distinct bucket figures.
 */
function panelCsv(): string {
  const lines = ["id,date,market_cap,return"];
  for (let m = 0; m < 36; m++) {
    const year = 2021 + Math.floor(m / 12);
    const month = (m % 12) + 1;
    const end = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    for (let s = 0; s < 12; s++) {
      const cap = 50 * (s + 1) ** 2 * (1 + 0.01 * m);
      const ret = (((s * 7 + m * 3) % 11) - 5) / 200;
      lines.push(`E2E${String(s).padStart(2, "0")},${end},${cap.toFixed(2)},${ret.toFixed(4)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

async function upload(page: Page, file: string): Promise<string> {
  const done = page.getByTestId("upload-done");
  // The previous upload's notice stays until this one replaces it: wait for a different one.
  const previous = (await done.count()) > 0 ? await done.textContent() : null;
  await page.getByLabel(/^File \(up to/).setInputFiles(file);
  await page.getByRole("button", { name: "Upload" }).click();
  if (previous) await expect(done).not.toHaveText(previous);
  await expect(done).toContainText("Stored ");
  const name = /Stored (.+?): /.exec((await done.textContent()) ?? "")?.[1];
  if (!name) throw new Error(`no dataset name in the upload notice for ${path.basename(file)}`);
  stored.push(name);
  return name;
}

/** Deletes the uploads again, so the specs that follow see the demo data they expect. */
async function removeUploads(browser: Browser) {
  const page = await browser.newPage();
  await signIn(page, "admin");
  page.on("dialog", (dialog) => dialog.accept());
  await page.goto("/admin/data");
  for (const name of stored) {
    const buttons = page.getByRole("button", { name: `Delete ${name}` });
    for (let left = await buttons.count(); left > 0; left--) {
      await buttons.first().click();
      await expect(page.getByTestId("datasets-notice")).toContainText(`${name} was deleted.`);
      // The notice shows before the table is refreshed: wait for the row to go before clicking the next one.
      await expect(buttons).toHaveCount(left - 1);
    }
  }
  await page.close();
}

async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

test.describe("the research lab on real and demo data", () => {
  test.skip(!present, `${SHARED} not found: skipped (required on CI)`);
  test.setTimeout(180_000);

  test.afterAll(async ({ browser }) => {
    await removeUploads(browser);
  });

  test("an admin uploads the French files and a panel; an advisor studies them and the demo data, and a permalink reproduces a study", async ({ page, browser }, testInfo) => {
    const panelFile = testInfo.outputPath("e2e-panel.csv");
    writeFileSync(panelFile, panelCsv());

    await signIn(page, "admin");
    await page.goto("/admin/data");
    await expect(page.getByRole("heading", { name: "Market data" })).toBeVisible();
    const meName = await upload(page, FRENCH_ME);
    await upload(page, FRENCH_FACTORS);
    const panelName = await upload(page, panelFile);
    const krxName = await upload(page, KRX_DAILY);
    await expect(page.getByTestId("data-sets").locator(`tr[data-dataset="${meName}"]`)).toContainText("Kenneth R. French Data Library");

    const advisor = await browser.newContext({ storageState: STORAGE.advisor1 });
    const lab = await advisor.newPage();

    // French deciles: the table, with the source file and its vintage under it; the risk-free rate from the factors file.
    await lab.goto("/research/french");
    await expect(lab.getByTestId("decile-table")).toBeVisible();
    await expect(lab.getByTestId("decile-source")).toContainText("Portfolios_Formed_on_ME.csv");
    await expect(lab.getByTestId("decile-source")).toContainText("vintage 202602 CRSP");
    await expect(lab.getByTestId("risk-free-note")).toContainText("F-F_Research_Data_Factors_monthly_through_202511.csv");
    await screenshot(lab, testInfo, "research-french");

    // Information gap: two demo segments side by side.
    await lab.goto("/research/information-gap");
    const demoSegments = lab.getByTestId("gap-picker").locator("li").filter({ hasText: "synthetic" }).getByRole("checkbox");
    expect(await demoSegments.count()).toBeGreaterThanOrEqual(2);
    await demoSegments.nth(0).check();
    await demoSegments.nth(1).check();
    await lab.getByRole("button", { name: "Compare" }).click();
    await expect(lab).toHaveURL(/[?&]s=.+&s=/);
    await expect(lab.getByTestId("gap-table")).toBeVisible();
    await screenshot(lab, testInfo, "research-information-gap");

    // Size effect on the demo market (the page's defaults).
    await lab.goto("/research/size-effect");
    await expect(lab.getByTestId("size-effect-table")).toBeVisible();
    await screenshot(lab, testInfo, "research-size-effect-demo");

    // Size effect on the uploaded panel (small: studied inside the request).
    const form = lab.getByTestId("size-effect-form");
    // By field name: a label wrapping a select also reads out the chosen option.
    await form.locator('select[name="d"]').selectOption({ label: panelName });
    await form.getByRole("button", { name: "Run", exact: true }).click();
    await expect(lab).toHaveURL(/[?&]d=(?!demo)[^&]+/);
    await expect(lab.getByTestId("size-effect-table")).toBeVisible();
    await screenshot(lab, testInfo, "research-size-effect-panel");

    // Size effect on the Korean daily sample's monthly panel: five weeks of data, so rebalanced every month end.
    await form.locator('select[name="d"]').selectOption({ label: krxName });
    await form.locator('select[name="m"]').selectOption("every");
    await form.getByRole("button", { name: "Run", exact: true }).click();
    await expect(lab).toHaveURL(/[?&]m=every/);
    await expect(lab.getByTestId("size-effect-table")).toBeVisible();
    await expect(lab.getByTestId("size-effect-table")).toContainText("Whole market");
    await screenshot(lab, testInfo, "research-size-effect-krx");

    // A changed input: the demo market in deciles, cap-weighted only; the address carries it.
    await form.locator('select[name="m"]').selectOption("5");
    await form.locator('select[name="d"]').selectOption("demo");
    await form.locator('select[name="b"]').selectOption("deciles");
    await form.locator('select[name="w"]').selectOption("cap");
    await form.getByRole("button", { name: "Run", exact: true }).click();
    await expect(lab).toHaveURL(/[?&]b=deciles/);
    await expect(lab).toHaveURL(/[?&]w=cap(&|$)/);
    const table = lab.getByTestId("size-effect-table");
    await expect(table).toBeVisible();
    await expect(table).toContainText("Cap-weighted");
    // Only the whole-market reference line stays equal-weighted; every size bucket is cap-weighted.
    await expect(table.getByRole("row").filter({ hasText: "Equal-weighted" })).toHaveCount(1);
    await expect(table.getByRole("row").filter({ hasText: "Equal-weighted" })).toContainText("Whole market");
    const shown = await table.innerText();

    // The permalink in a new page: the same study, the same table.
    const again = await advisor.newPage();
    await again.goto(lab.url());
    await expect(again.getByTestId("size-effect-table")).toBeVisible();
    expect(await again.getByTestId("size-effect-table").innerText()).toBe(shown);
    await expect(again.locator('select[name="b"]')).toHaveValue("deciles");
    await expect(again.locator('select[name="w"]')).toHaveValue("cap");
    await screenshot(again, testInfo, "research-size-effect-permalink");
    await advisor.close();
  });
});
