/** Where a signed-in user lands when the requested target is not acceptable. */
export const DEFAULT_AFTER_SIGN_IN = "/dashboard";

/**
 * The path to send the browser to after sign-in, from an untrusted `callbackUrl`: the target is resolved
 * against the app's own origin the way a browser would (so `/\evil.example`, `/%09/evil` and `//evil` all
 * resolve to another host) and accepted only when it stays on that origin. The result always starts with
 * exactly one "/", so it cannot be read as a protocol-relative URL either.
 */
export function safeCallbackPath(raw: string | null | undefined, origin: string): string {
  if (!raw) return DEFAULT_AFTER_SIGN_IN;
  let base: URL;
  let target: URL;
  try {
    base = new URL(origin);
    target = new URL(raw, base);
  } catch {
    return DEFAULT_AFTER_SIGN_IN;
  }
  if (target.origin !== base.origin) return DEFAULT_AFTER_SIGN_IN;
  const path = `${target.pathname.replace(/^\/+/, "/")}${target.search}${target.hash}`;
  if (path === "/login" || path.startsWith("/login?") || path.startsWith("/api/auth")) return DEFAULT_AFTER_SIGN_IN;
  return path;
}
