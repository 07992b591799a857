import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { randomUUID } from "node:crypto";
import { session } from "./helpers/session-mock";
import { connectTestRedis } from "./helpers/redis";
import { clientValues, makeAdvisor, seedMarketData } from "./helpers/fixtures";
import { db } from "@/lib/db/prisma";
import { createClientAction } from "@/lib/actions/clients/create-client";
import { generateProposalAction } from "@/lib/actions/proposals/generate-proposal";
import { projectRiskAction } from "@/lib/actions/proposals/project-risk";
import { allowAction } from "@/lib/security/rate-limit";
import { RATE_LIMITS } from "@/lib/security/rate-limit-policy";
import { cachedProposalValue, clearLocalProposalCache, databaseProposalStore, redisProposalStore } from "@/lib/services/proposal/proposal-cache";
import type { SessionUser } from "@/lib/auth/session";

// Issue 14: a proposal for the same client profile, assumptions and data is computed once and shared by every
// app server (the database by default, Redis when REDIS_URL is set).
let owner: SessionUser;
let clientId: string;
const assumptions = { activeOverride: "model", rebalance: "annual" } as const;

beforeAll(async () => {
  await seedMarketData();
});

beforeEach(async () => {
  owner = await makeAdvisor();
  session.user = owner;
  const created = await createClientAction(clientValues({ name: "Cache client", riskTolerance: 3, horizonYears: 15 }));
  if (!created.ok) throw new Error("setup failed");
  clientId = created.data.id;
});

const entries = (firmId: string) => db.proposalCacheEntry.count({ where: { firmId } });

describe("the proposal cache (database store)", () => {
  test("a second run of the same inputs is the stored one; another app server reads what this one wrote", async () => {
    const first = await generateProposalAction({ clientId, assumptions });
    expect(first.ok).toBe(true);
    expect(await entries(owner.firmId)).toBe(1);
    const again = await generateProposalAction({ clientId, assumptions });
    expect(again).toEqual(first);
    expect(await entries(owner.firmId)).toBe(1);

    // A server that has nothing in memory reads the shared row: replace its value and the replacement comes back.
    const row = await db.proposalCacheEntry.findFirstOrThrow({ where: { firmId: owner.firmId } });
    const marked = { ...(first.ok ? first.data : {}), synthetic: "from the shared store" };
    await db.proposalCacheEntry.update({ where: { key: row.key }, data: { value: JSON.stringify(marked) } });
    clearLocalProposalCache();
    const shared = await generateProposalAction({ clientId, assumptions });
    expect(shared.ok && shared.data.synthetic).toBe("from the shared store");
  });

  test("new assumptions or an edited profile are new entries; the risk projection is cached beside them", async () => {
    await generateProposalAction({ clientId, assumptions });
    await generateProposalAction({ clientId, assumptions: { ...assumptions, rebalance: "quarterly" } });
    expect(await entries(owner.firmId)).toBe(2);
    await db.client.update({ where: { id: clientId }, data: { horizonYears: 25 } });
    const edited = await generateProposalAction({ clientId, assumptions });
    expect(edited.ok && edited.data.client.horizonYears).toBe(25);
    expect(await entries(owner.firmId)).toBe(3);
    const risk = await projectRiskAction({ clientId, assumptions });
    expect(risk.ok).toBe(true);
    expect(await entries(owner.firmId)).toBe(4);
    expect(await projectRiskAction({ clientId, assumptions })).toEqual(risk);
    expect(await entries(owner.firmId)).toBe(4);
  });

  test("another advisor's client is NOT_FOUND even when its proposal is cached", async () => {
    expect((await generateProposalAction({ clientId, assumptions })).ok).toBe(true);
    session.user = await makeAdvisor();
    expect(await generateProposalAction({ clientId, assumptions })).toEqual({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await projectRiskAction({ clientId, assumptions })).toEqual({ ok: false, error: { code: "NOT_FOUND" } });
  });

  test("the rate limit is charged for computing, not for a cached proposal", async () => {
    const cached = await generateProposalAction({ clientId, assumptions });
    for (let i = 0; i < RATE_LIMITS.generate.limit; i++) await allowAction("generate", owner.id);
    expect(await generateProposalAction({ clientId, assumptions })).toEqual(cached);
    expect(await generateProposalAction({ clientId, assumptions: { ...assumptions, rebalance: "quarterly" } })).toEqual({ ok: false, error: { code: "RATE_LIMITED" } });
  });

  test("twenty concurrent misses of one key compute once", async () => {
    let computed = 0;
    const key = `it-${randomUUID()}`;
    const compute = async () => {
      computed++;
      await new Promise((r) => setTimeout(r, 20));
      return { value: 42 };
    };
    const results = await Promise.all(Array.from({ length: 20 }, () => cachedProposalValue(owner.firmId, key, compute, databaseProposalStore)));
    expect(computed).toBe(1);
    expect(results.every((r) => r.value === 42)).toBe(true);
  });
});

const redis = await connectTestRedis("proposal-cache");

afterAll(() => redis?.disconnect());

describe.runIf(redis !== null)("the proposal cache (Redis store)", () => {
  test("a value computed by one server is read by another, with an expiry", async () => {
    const store = redisProposalStore(redis!);
    const key = `it-${randomUUID()}`;
    let computed = 0;
    const compute = async () => ({ n: ++computed });
    expect(await cachedProposalValue(owner.firmId, key, compute, store)).toEqual({ n: 1 });
    clearLocalProposalCache();
    expect(await cachedProposalValue(owner.firmId, key, compute, store)).toEqual({ n: 1 });
    expect(computed).toBe(1);
    const ttl = await redis!.pttl(`proposal:${key}`);
    expect(ttl).toBeGreaterThan(0);
    await redis!.del(`proposal:${key}`);
  });
});
