import { afterAll, describe, expect, test } from "vitest";
import { randomUUID } from "node:crypto";
import { session } from "./helpers/session-mock";
import { connectTestRedis } from "./helpers/redis";
import { makeAdvisor, seedMarketData } from "./helpers/fixtures";
import { db } from "@/lib/db/prisma";
import { allowAction, databaseCounters, redisCounters } from "@/lib/security/rate-limit";
import { RATE_LIMITS } from "@/lib/security/rate-limit-policy";
import { generateProposalAction } from "@/lib/actions/proposals/generate-proposal";

// Finding 10: 200 parallel generateProposal calls all ran. Limits are counted atomically in a store every app
// server shares: the database, or Redis when REDIS_URL is set.
describe("per-user rate limits", () => {
  test("database counters: of 50 parallel uses, exactly the limit are allowed", async () => {
    const user = randomUUID();
    const now = Date.now();
    const results = await Promise.all(Array.from({ length: 50 }, () => allowAction("save", user, databaseCounters, now)));
    expect(results.filter(Boolean).length).toBe(RATE_LIMITS.save.limit);
    // Another user is not affected; the next window starts afresh.
    expect(await allowAction("save", randomUUID(), databaseCounters, now)).toBe(true);
    expect(await allowAction("save", user, databaseCounters, now + RATE_LIMITS.save.windowMs)).toBe(true);
  });

  test("the generate action answers RATE_LIMITED past the limit and does not run", async () => {
    // The limit is charged when a proposal is computed (not for a cached one), so there must be data to compute from.
    await seedMarketData();
    session.user = await makeAdvisor();
    const client = await db.client.create({
      data: { advisorId: session.user.id, name: "Rate", nameSearch: "rate", homeMarket: "US", riskTolerance: 3, horizonYears: 10, investableAssets: 1e6, currency: "USD" },
    });
    // Use up the window without running proposals (the counter is what the action consults).
    for (let i = 0; i < RATE_LIMITS.generate.limit; i++) await allowAction("generate", session.user.id);
    const result = await generateProposalAction({ clientId: client.id, assumptions: { activeOverride: "model", rebalance: "annual" } });
    expect(result).toEqual({ ok: false, error: { code: "RATE_LIMITED" } });
  });

  test("counters live in the database, so every app server sees the same count", async () => {
    const user = randomUUID();
    const now = Date.now();
    await allowAction("export", user, databaseCounters, now);
    const row = await db.rateCounter.findUnique({ where: { key: `action:export:${user}` } });
    expect(row?.count).toBe(1);
  });
});

const redis = await connectTestRedis("rate-limits");

afterAll(() => redis?.disconnect());

describe.runIf(redis !== null)("Redis counters (REDIS_URL)", () => {
  test("of 50 parallel uses, exactly the limit are allowed, and the window expires", async () => {
    const store = redisCounters(redis!);
    const user = `it-${randomUUID()}`;
    const results = await Promise.all(Array.from({ length: 50 }, () => allowAction("upload", user, store)));
    expect(results.filter(Boolean).length).toBe(RATE_LIMITS.upload.limit);
    const ttl = await redis!.pttl(`action:upload:${user}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(RATE_LIMITS.upload.windowMs);
    await redis!.del(`action:upload:${user}`);
  });
});
