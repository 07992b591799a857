import { expect, test } from "@playwright/test";
import { decode, encode } from "next-auth/jwt";
import { STORAGE } from "../helpers";

// The e2e server's secret (scripts/e2e-server.sh); the cookie name next-auth uses over plain http.
const SECRET = "e2e-secret-not-for-production-0123456789";
const COOKIE = "next-auth.session-token";

test.use({ storageState: STORAGE.advisor1 });

test("a session token past its expiry is refused; the same token still valid is accepted", async ({ page, context }) => {
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name === COOKIE);
  expect(session).toBeDefined();
  const payload = await decode({ token: session!.value, secret: SECRET });
  expect(payload?.uid).toBeTruthy();
  const { exp: _exp, iat: _iat, jti: _jti, ...claims } = payload!;
  void [_exp, _iat, _jti];

  const withExpiry = async (maxAge: number) => {
    const value = await encode({ token: claims, secret: SECRET, maxAge });
    await context.addCookies([{ ...session!, value }]);
  };

  await withExpiry(3600);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();

  await withExpiry(-60);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login/);
});
