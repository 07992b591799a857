/**
 * The security headers every response carries. Pure, so the policy is unit-tested; proxy.ts applies it per
 * request (the CSP carries a fresh nonce each time) and next.config.ts applies the static ones to files
 * the proxy does not see (/_next/static).
 *
 * - Scripts: only those carrying this response's nonce, and what they load ('strict-dynamic'). Next adds the
 *   nonce to its own scripts when it finds it in the request's CSP header. 'unsafe-eval' only in
 *   development, where React rebuilds server stacks with eval.
 * - Styles: 'unsafe-inline' because the charts (Tremor, built on Recharts) set style attributes, which a
 *   nonce cannot cover; styles cannot run code.
 * - Nothing may frame the app (clickjacking), forms post only to the app, no plugins, no <base> tricks.
 */
export type SecurityHeaderOptions = { nonce: string; dev: boolean; https: boolean };

export function contentSecurityPolicy({ nonce, dev, https }: SecurityHeaderOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Headers that do not change per request. */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** Two years, subdomains included: only sent when the request came over HTTPS. */
export const HSTS = "max-age=63072000; includeSubDomains";

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    ...STATIC_SECURITY_HEADERS,
    "Content-Security-Policy": contentSecurityPolicy(options),
    ...(options.https ? { "Strict-Transport-Security": HSTS } : {}),
  };
}

/** A nonce of 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
