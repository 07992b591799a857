import { describe, expect, test } from "vitest";
import { afterFailure, isLocked, LOCK_MS, MAX_FAILURES, WINDOW_MS } from "@/lib/auth/throttle-policy";

const t0 = new Date("2026-01-01T00:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("sign-in throttle policy", () => {
  test("the fifth failure inside the window locks for LOCK_MS from that failure", () => {
    let state = null;
    for (let i = 0; i < MAX_FAILURES; i++) state = afterFailure(state, at(i * 1000));
    expect(state).toEqual({ failures: 5, firstFailureAt: t0, lockedUntil: at(4000 + LOCK_MS) });
    expect(isLocked(state, at(4000 + LOCK_MS - 1))).toBe(true);
    expect(isLocked(state, at(4000 + LOCK_MS))).toBe(false);
  });

  test("a failure after the window starts a new count", () => {
    const first = afterFailure(null, t0);
    expect(afterFailure(first, at(WINDOW_MS))).toEqual({ failures: 1, firstFailureAt: at(WINDOW_MS), lockedUntil: null });
    expect(afterFailure(first, at(WINDOW_MS - 1)).failures).toBe(2);
  });

  test("a failure after an expired lock starts over instead of re-locking at once", () => {
    const locked = { failures: 5, firstFailureAt: t0, lockedUntil: at(60_000) };
    expect(afterFailure(locked, at(61_000))).toEqual({ failures: 1, firstFailureAt: at(61_000), lockedUntil: null });
  });

  test("no state is not locked", () => {
    expect(isLocked(null, t0)).toBe(false);
  });
});
