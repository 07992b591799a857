import { createRequire } from "node:module";
import { vi } from "vitest";

/**
 * next/headers outside a Next request: a cookie jar that starts empty for each call (`resetRequest`) and
 * records what an action sets, and empty request headers. Pages read the locale cookie through it; the
 * set-locale action writes one.
 */
export const requestCookies = new Map<string, string>();

export function resetRequest(): void {
  requestCookies.clear();
}

const cookieStore = {
  get: (name: string) => (requestCookies.has(name) ? { name, value: requestCookies.get(name)! } : undefined),
  getAll: () => [...requestCookies].map(([name, value]) => ({ name, value })),
  has: (name: string) => requestCookies.has(name),
  set: (name: string, value: string) => void requestCookies.set(name, value),
  delete: (name: string) => void requestCookies.delete(name),
};

const fakeHeaders = { cookies: async () => cookieStore, headers: async () => new Headers() };

vi.mock("next/headers", () => fakeHeaders);

/**
 * next-auth's route handler loads next/headers with a CommonJS require() from node_modules, which vi.mock
 * does not reach; for the length of `run`, Node's module cache answers that require with the same fake.
 */
export async function withCommonJsNextHeaders<T>(run: () => Promise<T>): Promise<T> {
  const require = createRequire(createRequire(import.meta.url).resolve("next-auth"));
  const path = require.resolve("next/headers");
  const previous = require.cache[path];
  require.cache[path] = { id: path, filename: path, loaded: true, exports: fakeHeaders } as NodeJS.Module;
  try {
    return await run();
  } finally {
    if (previous) require.cache[path] = previous;
    else delete require.cache[path];
  }
}
