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
