import { describe, expect, test } from "vitest";
import { accountKey, addressKey, clientAddress, UNKNOWN_EMAIL_BUCKETS } from "@/lib/auth/throttle-policy";
import { sessionProblem } from "@/lib/auth/session-check";

describe("sign-in throttle keys", () => {
  test("known accounts have their own counter; unknown emails share a bounded set of buckets", () => {
    expect(accountKey("a@x.com", true)).toBe("login:account:a@x.com");
    const buckets = new Set(Array.from({ length: 20_000 }, (_, i) => accountKey(`ghost${i}@x.com`, false)));
    expect(buckets.size).toBeLessThanOrEqual(UNKNOWN_EMAIL_BUCKETS);
    for (const b of buckets) expect(b).toMatch(/^login:unknown:\d+$/);
    // Stable: the same unknown email always lands in the same bucket.
    expect(accountKey("ghost1@x.com", false)).toBe(accountKey("ghost1@x.com", false));
  });

  test("addresses: IPv4 as is, IPv4-mapped IPv6 as IPv4, IPv6 by /64", () => {
    expect(addressKey("203.0.113.7")).toBe("login:ip:203.0.113.7");
    expect(addressKey("::ffff:203.0.113.7")).toBe("login:ip:203.0.113.7");
    expect(addressKey("2001:db8:1:2:aaaa::1")).toBe(addressKey("2001:db8:1:2:ffff:ffff:ffff:ffff"));
    expect(addressKey("2001:db8:1:2::1")).not.toBe(addressKey("2001:db8:1:3::1"));
    expect(addressKey("::1")).toBe("login:ip:0:0:0:0::/64");
    expect(addressKey("garbage")).toBe("login:ip:unknown");
  });

  test("X-Forwarded-For: the entry written by the outermost trusted proxy, never one the client wrote", () => {
    expect(clientAddress("198.51.100.1", 0)).toBe("198.51.100.1");
    expect(clientAddress("6.6.6.6, 198.51.100.1", 1)).toBe("198.51.100.1");
    expect(clientAddress("6.6.6.6, 198.51.100.1, 10.0.0.2", 2)).toBe("198.51.100.1");
    expect(clientAddress("198.51.100.1", 5)).toBe("198.51.100.1");
    expect(clientAddress("", 0)).toBe("unknown");
    expect(clientAddress(undefined, 1)).toBe("unknown");
  });
});

// Finding 5: a copied cookie kept working after sign-out, a password change or the user's deletion, and
// its expiry slid on use.
describe("sessionProblem", () => {
  const token = { uid: "u1", sv: 3, authTime: 1_000 };
  const maxAge = 8 * 3600;
  test("a current session is fine", () => {
    expect(sessionProblem(token, { sessionVersion: 3 }, 1_000 + maxAge - 1, maxAge)).toBeNull();
  });
  test("deleted user, bumped version, absolute expiry, malformed token", () => {
    expect(sessionProblem(token, null, 1_001, maxAge)).toBe("no_user");
    expect(sessionProblem(token, { sessionVersion: 4 }, 1_001, maxAge)).toBe("revoked");
    expect(sessionProblem(token, { sessionVersion: 3 }, 1_000 + maxAge, maxAge)).toBe("expired");
    expect(sessionProblem({ uid: "u1" }, { sessionVersion: 0 }, 1_001, maxAge)).toBe("malformed");
  });
});
