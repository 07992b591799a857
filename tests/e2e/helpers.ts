import { expect, type Page } from "@playwright/test";

export const PASSWORD = "demo-password-2026";
export const EMAIL = {
  admin: "admin@demo.smallcap.app",
  advisor1: "advisor1@demo.smallcap.app",
  advisor2: "advisor2@demo.smallcap.app",
} as const;
export const STORAGE = {
  advisor1: "test-results/.auth/advisor1.json",
  advisor2: "test-results/.auth/advisor2.json",
} as const;

export async function signIn(page: Page, who: keyof typeof EMAIL, password = PASSWORD) {
  await signInAs(page, EMAIL[who], password);
}

export async function signInAs(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel(/email|이메일/i).fill(email);
  await page.getByLabel(/password|비밀번호/i).fill(password);
  await page.getByRole("button", { name: /sign in|로그인/i }).click();
  await expect(page).toHaveURL(/\/dashboard/);
}

/**
 * A new client of the signed-in advisor, entered through the new-client form, so each test changes only
 * data it made: a Korean client (risk 4, 20 years, ₩850,000,000), a profile like the demo's first client.
 * Returns the client's id, from the page the form goes to.
 */
export async function createClient(page: Page, label: string): Promise<{ id: string; name: string }> {
  const name = `E2E ${label} ${Date.now()}`;
  await page.goto("/clients/new");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Home market").selectOption("KOREA");
  await page.getByLabel("Risk tolerance").selectOption("4");
  await page.getByLabel("Horizon (years)").fill("20");
  await page.getByLabel("Investable assets").fill("850000000");
  await page.getByLabel("Currency").selectOption("KRW");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  const id = new URL(page.url()).pathname.split("/").at(-1);
  expect(id).toMatch(/\S/);
  return { id: id!, name };
}
