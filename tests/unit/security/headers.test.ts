import { describe, expect, test } from "vitest";
import { contentSecurityPolicy, HSTS, newNonce, securityHeaders } from "@/lib/security/headers";

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `));

// Finding 6: no security headers at all.
describe("security headers", () => {
  test("production CSP: scripts by nonce only, no eval, no framing, no plugins", () => {
    const csp = contentSecurityPolicy({ nonce: "abc123", dev: false, https: false });
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(directive(csp, "script-src")).not.toContain("unsafe-inline");
    expect(directive(csp, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
    expect(directive(csp, "form-action")).toBe("form-action 'self'");
    expect(directive(csp, "base-uri")).toBe("base-uri 'self'");
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  test("development allows eval (React's dev tooling) and nothing else more", () => {
    const csp = contentSecurityPolicy({ nonce: "n", dev: true, https: false });
    expect(directive(csp, "script-src")).toContain("'unsafe-eval'");
  });

  test("the fixed headers are always there; HSTS only over HTTPS", () => {
    const plain = securityHeaders({ nonce: "n", dev: false, https: false });
    expect(plain).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
    });
    expect(plain["Permissions-Policy"]).toContain("camera=()");
    expect(plain["Strict-Transport-Security"]).toBeUndefined();
    const secure = securityHeaders({ nonce: "n", dev: false, https: true });
    expect(secure["Strict-Transport-Security"]).toBe(HSTS);
    expect(secure["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
  });

  test("nonces are 128-bit base64 and differ every time", () => {
    const seen = new Set(Array.from({ length: 200 }, newNonce));
    expect(seen.size).toBe(200);
    for (const n of seen) expect(Buffer.from(n, "base64").length).toBe(16);
  });
});
