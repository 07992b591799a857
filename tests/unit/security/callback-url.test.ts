import { describe, expect, test } from "vitest";
import { DEFAULT_AFTER_SIGN_IN, safeCallbackPath } from "@/lib/auth/callback-url";

const ORIGIN = "http://localhost:3000";

// Finding 4: /login?callbackUrl=/%5Cevil.example/ (and /\evil, /%09/evil) landed the user on another site.
describe("safeCallbackPath: same-origin paths only", () => {
  test.each([
    ["/\\evil.example/", "backslash (what %5C decodes to) is a slash to the browser"],
    ["/\t/evil", "a tab (%09) is dropped by the URL parser, leaving //evil"],
    ["//evil.example", "protocol-relative"],
    ["/\\/evil.example", "mixed slashes"],
    ["https://evil.example/dashboard", "absolute URL to another host"],
    ["http://localhost:3001/dashboard", "another port is another origin"],
    ["javascript:alert(1)", "script URL"],
    ["data:text/html,hi", "data URL"],
    [" //evil.example", "leading space"],
    ["/\n/evil.example", "newline"],
  ])("%j goes to the default (%s)", (raw) => {
    expect(safeCallbackPath(raw, ORIGIN)).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  test.each([
    ["/clients", "/clients"],
    ["/clients/abc?tab=scenarios#top", "/clients/abc?tab=scenarios#top"],
    ["http://localhost:3000/research", "/research"],
    ["/%09/evil", "/%09/evil"],
    ["http://localhost:3000//evil.example", "/evil.example"],
  ])("%j stays on the app as %j", (raw, expected) => {
    expect(safeCallbackPath(raw, ORIGIN)).toBe(expected);
  });

  test("missing, empty, the login page itself and auth endpoints go to the default", () => {
    for (const raw of [null, undefined, "", "/login", "/login?callbackUrl=/x", "/api/auth/signout"]) {
      expect(safeCallbackPath(raw, ORIGIN)).toBe(DEFAULT_AFTER_SIGN_IN);
    }
  });

  test("every accepted result starts with exactly one slash", () => {
    const tricky = ["///a", "/./\\b", "/..//c", "/%2F%2Fevil", "\\\\evil", "/a/../../\\evil"];
    for (const raw of tricky) {
      const out = safeCallbackPath(raw, ORIGIN);
      expect(out.startsWith("/")).toBe(true);
      expect(out.startsWith("//")).toBe(false);
      expect(new URL(out, ORIGIN).origin).toBe(ORIGIN);
    }
  });
});
