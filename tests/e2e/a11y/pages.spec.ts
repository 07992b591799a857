import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../a11y";
import { signIn, STORAGE } from "../helpers";

/**
 * Issue #14: every page of the app, run through axe (WCAG 2.1 A/AA and best practices) with no serious or
 * critical violation. One test per audience; each page is checked once what it loads after rendering (the
 * deferred risk projection, the research study, the charts) is on screen. The seed's data is only read:
 * demo-client-1 and demo-scenario-1 (two versions) belong to advisor 1.
 */
const CLIENT = "demo-client-1";
const SCENARIO = "demo-scenario-1";

/** Opens `path`, waits for its main heading and for `ready` (if any), then runs axe on it. */
async function check(page: Page, path: string, ready?: (page: Page) => Promise<void>) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  if (ready) await ready(page);
  await expectNoSeriousA11yViolations(page, path);
}

/**
 * Every chart figure drawn: each is scrolled to, since a chart may be mounted only when it nears the viewport.
 * Retried as a whole: a section that recomputes (the proposal's) replaces its figures meanwhile.
 */
const chartsDrawn = async (page: Page) => {
  const figures = page.locator("figure");
  await expect(figures.first()).toBeVisible({ timeout: 30_000 });
  await expect(async () => {
    for (let i = 0, n = await figures.count(); i < n; i++) {
      await figures.nth(i).scrollIntoViewIfNeeded({ timeout: 5_000 });
      // A lazy chart's box says "waiting" until its chart is mounted (components/charts/lazy-charts.tsx).
      await expect(figures.nth(i).locator('[data-chart-state="waiting"]')).toHaveCount(0, { timeout: 5_000 });
    }
  }).toPass({ timeout: 60_000 });
};
const riskLoaded = async (page: Page) => {
  // The projection is requested after the proposal renders; 10,000 paths take a moment on a busy machine.
  await expect(page.getByTestId("risk-fan-chart")).toBeVisible({ timeout: 30_000 });
  await chartsDrawn(page);
  // While anything recomputes, the old figures are dimmed, which axe would rightly count as low contrast.
  await expect(page.getByTestId("risk-loading")).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator(".opacity-60")).toHaveCount(0, { timeout: 30_000 });
};

test.describe("signed out", () => {
  test("the login and not-found pages, in English and Korean", async ({ page, context, baseURL }) => {
    for (const locale of ["en", "ko"]) {
      await context.addCookies([{ name: "locale", value: locale, url: baseURL! }]);
      await page.goto("/login");
      await expect(page.getByRole("button", { name: /^(Sign in|로그인)$/ })).toBeVisible();
      await expectNoSeriousA11yViolations(page, `/login (${locale})`);
      await page.goto("/no-such-page");
      await expect(page.getByTestId("not-found")).toBeVisible();
      await expectNoSeriousA11yViolations(page, `/no-such-page (${locale})`);
    }
  });
});

test.describe("an advisor", () => {
  test.use({ storageState: STORAGE.advisor1 });

  test("dashboard and clients", async ({ page }) => {
    await check(page, "/dashboard", chartsDrawn);
    await check(page, "/clients");
    await check(page, "/clients/new");
    await check(page, `/clients/${CLIENT}`);
    await check(page, `/clients/${CLIENT}/edit`);
    await page.goto("/clients/no-such-client");
    await expect(page.getByTestId("not-found")).toBeVisible();
    await expectNoSeriousA11yViolations(page, "/clients/no-such-client");
  });

  test("the proposal", async ({ page }) => {
    await check(page, `/clients/${CLIENT}/proposal`, riskLoaded);
  });

  test("scenarios", async ({ page }) => {
    test.setTimeout(120_000);
    await check(page, "/scenarios");
    await check(page, `/scenarios/${SCENARIO}`, chartsDrawn);
    await check(page, `/scenarios/${SCENARIO}/rerun?version=1`, chartsDrawn);
    await check(page, `/scenarios/compare?v=${SCENARIO}:1,${SCENARIO}:2`, chartsDrawn);
  });

  test("research", async ({ page }) => {
    test.setTimeout(120_000);
    await check(page, "/research", async (p) => {
      await expect(p.getByTestId("study-table")).toBeVisible({ timeout: 30_000 });
      await chartsDrawn(p);
    });
    await check(page, "/research/size-effect", async (p) => {
      await expect(p.getByTestId("size-effect-table")).toBeVisible({ timeout: 30_000 });
      await chartsDrawn(p);
    });
    await check(page, "/research/french");
    await check(page, "/research/information-gap");
    // Two demo segments side by side: the comparison's table and charts.
    const segments = page.getByTestId("gap-picker").locator("li").filter({ hasText: "synthetic" }).getByRole("checkbox");
    await segments.nth(0).check();
    await segments.nth(1).check();
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page.getByTestId("gap-table")).toBeVisible();
    await expectNoSeriousA11yViolations(page, "/research/information-gap (two segments)");
  });

  test("the Admin area is refused", async ({ page }) => {
    await page.goto("/admin");
    await expect(page.getByTestId("forbidden")).toBeVisible();
    await expectNoSeriousA11yViolations(page, "/admin (403)");
  });
});

test("an admin: the Admin area", async ({ page }) => {
  await signIn(page, "admin");
  await check(page, "/admin");
  await check(page, "/admin/data");
});

test.describe("in Korean", () => {
  test.use({ storageState: STORAGE.advisor1 });

  // The language cookie alone (not the saved preference), so the other specs still see advisor 1 in English.
  test("dashboard, proposal, scenario and research", async ({ page, context, baseURL }) => {
    test.setTimeout(120_000);
    await context.addCookies([{ name: "locale", value: "ko", url: baseURL! }]);
    await check(page, "/dashboard", chartsDrawn);
    await check(page, `/clients/${CLIENT}/proposal`, riskLoaded);
    await check(page, `/scenarios/${SCENARIO}`, chartsDrawn);
    await check(page, "/research/size-effect", chartsDrawn);
  });
});
