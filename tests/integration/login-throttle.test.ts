import { describe, expect, test } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { db } from "@/lib/db/prisma";
import { UNKNOWN_EMAIL_BUCKETS } from "@/lib/auth/throttle-policy";
import { makeAdvisor } from "./helpers/fixtures";

const MINUTE = 60_000;
const at = (base: Date, minutes: number) => new Date(base.getTime() + minutes * MINUTE);
// Each test uses its own address so the per-address limit of one test does not reach into another.
let nextAddress = 1;
const freshIp = () => `10.1.${Math.floor(nextAddress / 250)}.${(nextAddress++ % 250) + 1}`;

describe("sign-in throttling (stored in the database)", () => {
  test("correct password signs in", async () => {
    const user = await makeAdvisor("ADVISOR", "s3cret!");
    expect((await authenticate({ email: user.email, password: "s3cret!" }, { ip: freshIp() }))?.id).toBe(user.id);
  });

  test("five failures within 15 minutes lock the account for 15 minutes, even for the right password", async () => {
    const user = await makeAdvisor("ADVISOR", "s3cret!");
    const ip = freshIp();
    const t0 = new Date("2026-01-01T09:00:00Z");
    for (let i = 0; i < 5; i++) {
      expect(await authenticate({ email: user.email, password: "wrong" }, { ip, now: at(t0, i) })).toBeNull();
    }
    await expect(authenticate({ email: user.email, password: "s3cret!" }, { ip, now: at(t0, 5) })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    // Locked at minute 4 for 15 minutes: still locked at 18, open at 19.
    await expect(authenticate({ email: user.email, password: "s3cret!" }, { ip, now: at(t0, 18) })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect((await authenticate({ email: user.email, password: "s3cret!" }, { ip, now: at(t0, 19) }))?.id).toBe(user.id);
  });

  test("failures spread over more than 15 minutes do not lock", async () => {
    const user = await makeAdvisor("ADVISOR", "s3cret!");
    const ip = freshIp();
    const t0 = new Date("2026-01-01T09:00:00Z");
    for (const minute of [0, 4, 8, 12, 16, 20]) {
      expect(await authenticate({ email: user.email, password: "wrong" }, { ip, now: at(t0, minute) })).toBeNull();
    }
    expect((await authenticate({ email: user.email, password: "s3cret!" }, { ip, now: at(t0, 21) }))?.id).toBe(user.id);
  });

  test("a successful sign-in resets the counter", async () => {
    const user = await makeAdvisor("ADVISOR", "s3cret!");
    const ip = freshIp();
    const t0 = new Date("2026-01-01T09:00:00Z");
    for (let i = 0; i < 4; i++) await authenticate({ email: user.email, password: "wrong" }, { ip, now: at(t0, i) });
    expect(await authenticate({ email: user.email, password: "s3cret!" }, { ip, now: at(t0, 5) })).not.toBeNull();
    for (let i = 0; i < 4; i++) await authenticate({ email: user.email, password: "wrong" }, { ip, now: at(t0, 6 + i) });
    expect(await authenticate({ email: user.email, password: "s3cret!" }, { ip, now: at(t0, 11) })).not.toBeNull();
  });

  test("unknown accounts and malformed input are rejected without error", async () => {
    expect(await authenticate({ email: "nobody@example.com", password: "x" }, { ip: freshIp() })).toBeNull();
    expect(await authenticate({ email: "not-an-email", password: "" }, { ip: freshIp() })).toBeNull();
  });

  // Finding 2: the count was read, the password checked, then a computed count written back, so parallel
  // guesses were all checked and a right password got through after 30 parallel failures.
  test("40 parallel wrong guesses: exactly 5 are checked, the rest refused; then the right password is refused too", async () => {
    const user = await makeAdvisor("ADVISOR", "s3cret!");
    const ip = freshIp();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, () => authenticate({ email: user.email, password: "wrong" }, { ip })),
    );
    const checked = outcomes.filter((o) => o.status === "fulfilled");
    const refused = outcomes.filter((o) => o.status === "rejected" && (o.reason as { code?: string }).code === "RATE_LIMITED");
    expect(checked.length).toBe(5);
    expect(refused.length).toBe(35);
    await expect(authenticate({ email: user.email, password: "s3cret!" }, { ip })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  test("the right password among 30 parallel wrong ones gets through only if it is among the first five counted", async () => {
    const user = await makeAdvisor("ADVISOR", "s3cret!");
    const ip = freshIp();
    await Promise.allSettled(Array.from({ length: 30 }, () => authenticate({ email: user.email, password: "wrong" }, { ip })));
    await expect(authenticate({ email: user.email, password: "s3cret!" }, { ip })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  test("one address is limited across accounts; a right password gives its attempt back", async () => {
    const ip = freshIp();
    const users = await Promise.all([1, 2, 3].map(() => makeAdvisor("ADVISOR", "s3cret!")));
    const limit = 6;
    // Right passwords do not use up the address's allowance.
    for (const u of users) expect(await authenticate({ email: u.email, password: "s3cret!" }, { ip, ipMaxAttempts: limit })).not.toBeNull();
    for (let i = 0; i < limit; i++) {
      const u = users[i % users.length]!;
      expect(await authenticate({ email: u.email, password: "wrong" }, { ip, ipMaxAttempts: limit })).toBeNull();
    }
    // Each account has only two failures, but the address has used its six.
    await expect(authenticate({ email: users[0]!.email, password: "s3cret!" }, { ip, ipMaxAttempts: limit })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    // Another address is unaffected.
    expect(await authenticate({ email: users[0]!.email, password: "s3cret!" }, { ip: freshIp(), ipMaxAttempts: limit })).not.toBeNull();
  });

  test("invented emails do not grow the counter table beyond a fixed number of buckets", async () => {
    const before = await db.rateCounter.count({ where: { key: { startsWith: "login:unknown:" } } });
    const ip = freshIp();
    for (let i = 0; i < 60; i++) {
      await authenticate({ email: `ghost-${i}-${Date.now()}@nowhere.example`, password: "x" }, { ip, ipMaxAttempts: 1000 }).catch(() => null);
    }
    const after = await db.rateCounter.count({ where: { key: { startsWith: "login:unknown:" } } });
    expect(after).toBeLessThanOrEqual(UNKNOWN_EMAIL_BUCKETS);
    // No row is keyed by an email that has no account.
    expect(await db.rateCounter.count({ where: { key: { contains: "nowhere.example" } } })).toBe(0);
    expect(after - before).toBeLessThanOrEqual(60);
  });

  test("an unknown email locks like a real one (the answer does not reveal which emails exist)", async () => {
    const ip = freshIp();
    const email = `nobody-${Date.now()}@example.com`;
    // Unknown emails share buckets: a time no other test uses keeps other tests' attempts out of this window.
    const later = new Date("2090-06-01T00:00:00Z");
    for (let i = 0; i < 5; i++) expect(await authenticate({ email, password: "x" }, { ip, now: later })).toBeNull();
    await expect(authenticate({ email, password: "x" }, { ip, now: later })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  test("windows that ended are pruned when a new window opens", async () => {
    const user = await makeAdvisor("ADVISOR", "s3cret!");
    const t0 = new Date("2020-01-01T00:00:00Z");
    await authenticate({ email: user.email, password: "wrong" }, { ip: freshIp(), now: t0 });
    expect(await db.rateCounter.count({ where: { key: `login:account:${user.email}` } })).toBe(1);
    await authenticate({ email: `another-${Date.now()}@example.com`, password: "x" }, { ip: freshIp(), now: at(t0, 60) });
    expect(await db.rateCounter.count({ where: { key: `login:account:${user.email}` } })).toBe(0);
  });
});
