import { describe, expect, test } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { makeAdvisor } from "./helpers/fixtures";

const MINUTE = 60_000;
const at = (base: Date, minutes: number) => new Date(base.getTime() + minutes * MINUTE);

describe("sign-in throttling (stored in the database)", () => {
  test("correct password signs in", async () => {
    const user = await makeAdvisor("ADVISOR", "s3cret!");
    expect((await authenticate({ email: user.email, password: "s3cret!" }))?.id).toBe(user.id);
  });

  test("five failures within 15 minutes lock the account for 15 minutes, even for the right password", async () => {
    const user = await makeAdvisor("ADVISOR", "s3cret!");
    const t0 = new Date("2026-01-01T09:00:00Z");
    for (let i = 0; i < 5; i++) {
      expect(await authenticate({ email: user.email, password: "wrong" }, at(t0, i))).toBeNull();
    }
    await expect(authenticate({ email: user.email, password: "s3cret!" }, at(t0, 5))).rejects.toMatchObject({ code: "RATE_LIMITED" });
    // Locked at minute 4 for 15 minutes: still locked at 18, open at 19.
    await expect(authenticate({ email: user.email, password: "s3cret!" }, at(t0, 18))).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect((await authenticate({ email: user.email, password: "s3cret!" }, at(t0, 19)))?.id).toBe(user.id);
  });

  test("failures spread over more than 15 minutes do not lock", async () => {
    const user = await makeAdvisor("ADVISOR", "s3cret!");
    const t0 = new Date("2026-01-01T09:00:00Z");
    for (const minute of [0, 4, 8, 12, 16, 20]) {
      expect(await authenticate({ email: user.email, password: "wrong" }, at(t0, minute))).toBeNull();
    }
    expect((await authenticate({ email: user.email, password: "s3cret!" }, at(t0, 21)))?.id).toBe(user.id);
  });

  test("a successful sign-in resets the counter", async () => {
    const user = await makeAdvisor("ADVISOR", "s3cret!");
    const t0 = new Date("2026-01-01T09:00:00Z");
    for (let i = 0; i < 4; i++) await authenticate({ email: user.email, password: "wrong" }, at(t0, i));
    expect(await authenticate({ email: user.email, password: "s3cret!" }, at(t0, 5))).not.toBeNull();
    for (let i = 0; i < 4; i++) await authenticate({ email: user.email, password: "wrong" }, at(t0, 6 + i));
    expect(await authenticate({ email: user.email, password: "s3cret!" }, at(t0, 11))).not.toBeNull();
  });

  test("unknown accounts and malformed input are rejected without error", async () => {
    expect(await authenticate({ email: "nobody@example.com", password: "x" })).toBeNull();
    expect(await authenticate({ email: "not-an-email", password: "" })).toBeNull();
  });
});
