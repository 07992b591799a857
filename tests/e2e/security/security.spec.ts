import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { EMAIL, signIn, signInAs, STORAGE } from "../helpers";
import { adminOnlyStrings, firstScenarioOf, makeUser } from "../e2e-db";

/** One sign-in attempt through next-auth's credentials endpoint; the error code it answered with, or "ok". */
async function attempt(request: APIRequestContext, email: string, password: string): Promise<string> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, json: "true" },
    maxRedirects: 0,
  });
  const body = (await response.json().catch(() => ({}))) as { url?: string };
  const target = body.url ?? response.headers()["location"] ?? "";
  return new URL(target, "http://x").searchParams.get("error") ?? "ok";
}

test.describe("sign-in lock-out (finding 2)", () => {
  test("50 parallel wrong guesses: none is checked past the limit, and the right password is then refused", async ({ playwright, baseURL }) => {
    const user = await makeUser();
    const contexts = await Promise.all(Array.from({ length: 50 }, () => playwright.request.newContext({ baseURL })));
    const outcomes = await Promise.all(contexts.map((c) => attempt(c, user.email, "wrong-password")));
    const checked = outcomes.filter((o) => o === "CredentialsSignin").length;
    const refused = outcomes.filter((o) => o === "RATE_LIMITED").length;
    expect({ checked, refused }).toEqual({ checked: 5, refused: 45 });
    expect(await attempt(contexts[0]!, user.email, user.password)).toBe("RATE_LIMITED");
    await Promise.all(contexts.map((c) => c.dispose()));
  });
});

test.describe("sessions end (finding 5)", () => {
  test("a copied session cookie is refused after sign-out, also by /api/auth/session", async ({ browser }) => {
    const user = await makeUser();
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAs(page, user.email, user.password);
    const copied = await context.cookies();
    expect(copied.some((c) => c.name.endsWith("next-auth.session-token"))).toBe(true);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await context.close();

    const thief = await browser.newContext();
    await thief.addCookies(copied);
    const stolen = await thief.newPage();
    await stolen.goto("/dashboard");
    await expect(stolen).toHaveURL(/\/login/);
    const session = await thief.request.get("/api/auth/session");
    expect(await session.json()).toEqual({});
    await thief.close();
  });
});

test.describe("admin data stays out of advisors' responses (finding 1)", () => {
  test.use({ storageState: STORAGE.advisor1 });

  test("/admin as an advisor answers 403 with none of the admin page's data in the body", async ({ page }) => {
    const response = await page.request.get("/admin");
    expect(response.status()).toBe(403);
    const body = await response.text();
    // The advisor's own name and email are in the page's navigation; everything else is the admin page's.
    const secrets = adminOnlyStrings(["Kim Min-jun", EMAIL.advisor1]);
    expect(secrets.length).toBeGreaterThan(5);
    for (const secret of secrets) expect(body, `the 403 body must not contain ${secret}`).not.toContain(secret);
    await page.goto("/admin");
    await expect(page.getByTestId("forbidden")).toBeVisible();
  });
});

test.describe("not-found is a real 404 (finding 7)", () => {
  test.use({ storageState: STORAGE.advisor2 });

  test("another advisor's client and scenario answer 404, exactly like missing ones", async ({ page }) => {
    const scenario = firstScenarioOf(EMAIL.advisor1);
    const paths = ["/clients/demo-client-1", "/clients/demo-client-1/edit", "/clients/demo-client-1/proposal", "/clients/no-such-client"];
    expect(scenario, "the demo seed gives advisor1 saved scenarios").not.toBeNull();
    paths.push(`/scenarios/${scenario}`);
    paths.push("/scenarios/no-such-scenario");
    for (const path of paths) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).not.toContain("Park Ji-woo");
    }
  });

  test("an over-long or repeated search is a validation message, not an error page", async ({ page }) => {
    for (const query of [`q=${"x".repeat(300)}`, "q=a&q=b", "q=%25", "q=_"]) {
      const response = await page.request.get(`/clients?${query}`);
      expect(response.status(), query).toBe(200);
    }
    await page.goto("/clients?q=%25");
    await expect(page.getByTestId("client-table")).toHaveCount(0);
  });
});

test.describe("redirect after sign-in stays on the app (finding 4)", () => {
  // As an attacker would write them into a link (already URL-encoded where needed).
  for (const target of ["/%5Cevil.example/", "/\\evil.example", "/%09/evil.example", "//evil.example", "https://evil.example/", "/%2F%2Fevil.example"]) {
    test(`callbackUrl=${target}`, async ({ page, baseURL }) => {
      const user = await makeUser();
      await page.goto(`/login?callbackUrl=${target}`);
      await page.getByLabel("Email").fill(user.email);
      await page.getByLabel("Password").fill(user.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).not.toHaveURL(/\/login/);
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    });
  }
});

/** Records CSP violations the browser reports on the page, from before any of its scripts run. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const console: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) console.push(m.text());
  });
  return async () => [...((await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])) as string[]), ...console];
}

const REQUIRED_HEADERS = ["content-security-policy", "x-content-type-options", "referrer-policy", "permissions-policy", "x-frame-options"];

async function visitAndCheck(page: Page, path: string) {
  const violations = await watchCsp(page);
  const response = await page.goto(path);
  expect(response, path).not.toBeNull();
  expect(response!.status(), path).toBeLessThan(400);
  const headers = response!.headers();
  for (const name of REQUIRED_HEADERS) expect(headers[name], `${path} ${name}`).toBeTruthy();
  const csp = headers["content-security-policy"]!;
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  await page.waitForLoadState("networkidle");
  // The page is interactive under the policy: the app's scripts ran (hydration).
  expect(await violations(), `${path}: CSP violations`).toEqual([]);
}

test.describe("security headers and CSP on every page (finding 6)", () => {
  test("signed out: the login page", async ({ page }) => {
    await visitAndCheck(page, "/login");
    await page.getByLabel("Email").fill("x@example.com");
    await expect(page.getByLabel("Email")).toHaveValue("x@example.com");
  });

  test.describe("as an advisor", () => {
    test.use({ storageState: STORAGE.advisor1 });
    for (const path of ["/dashboard", "/clients", "/clients/new", "/clients/demo-client-1", "/clients/demo-client-1/edit", "/clients/demo-client-1/proposal", "/scenarios", "/research"]) {
      test(path, async ({ page }) => {
        await visitAndCheck(page, path);
      });
    }
    test("a saved scenario", async ({ page }) => {
      const scenario = firstScenarioOf(EMAIL.advisor1);
      expect(scenario, "the demo seed gives advisor1 saved scenarios").not.toBeNull();
      await visitAndCheck(page, `/scenarios/${scenario}`);
    });
  });

  test("as an admin: the admin page", async ({ page }) => {
    await signIn(page, "admin");
    await visitAndCheck(page, "/admin");
  });

  test("build assets carry nosniff too", async ({ page }) => {
    await page.goto("/login");
    const script = await page.locator("script[src]").first().getAttribute("src");
    expect(script).toBeTruthy();
    const response = await page.request.get(script!);
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  });
});
