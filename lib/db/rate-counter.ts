import { db } from "./prisma";

/**
 * Fixed-window counters shared by every app server on the database. One statement increments and returns
 * the new count, so parallel requests can never read the same count (the race a read-then-write has).
 * `INSERT … ON CONFLICT … DO UPDATE … RETURNING` is the same SQL on SQLite (≥ 3.35) and PostgreSQL.
 */
export type CounterWindow = {
  /** How long a window lasts from its first hit. */
  windowMs: number;
  /** The hit that brings the count to `limit` extends the window to now + lockMs (a lock-out). */
  limit: number;
  lockMs: number;
};

export type CounterHit = { count: number; expiresAt: number };

export async function hitCounter(key: string, window: CounterWindow, now: number): Promise<CounterHit> {
  const fresh = now + window.windowMs;
  const locked = now + window.lockMs;
  // The tagged template lets Prisma write each provider's placeholders ($n on PostgreSQL, ? on SQLite).
  const rows = await db.$queryRaw<{ count: number | bigint; expiresAt: number | bigint }[]>`
    INSERT INTO "RateCounter" ("key", "count", "expiresAt") VALUES (${key}, 1, ${BigInt(fresh)})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateCounter"."expiresAt" <= ${BigInt(now)} THEN 1 ELSE "RateCounter"."count" + 1 END,
      "expiresAt" = CASE
        WHEN "RateCounter"."expiresAt" <= ${BigInt(now)} THEN ${BigInt(fresh)}
        WHEN "RateCounter"."count" + 1 = ${window.limit} AND ${BigInt(locked)} > "RateCounter"."expiresAt" THEN ${BigInt(locked)}
        ELSE "RateCounter"."expiresAt" END
    RETURNING "count", "expiresAt"`;
  const row = rows[0];
  if (!row) throw new Error("hitCounter: the upsert returned no row");
  const hit = { count: Number(row.count), expiresAt: Number(row.expiresAt) };
  // A hit that opened a new window is a cheap moment to drop windows that ended: the table then holds only
  // live counters, however many keys an attacker invents.
  if (hit.count === 1) await pruneExpiredCounters(now);
  return hit;
}

/** Gives back one hit (e.g. a sign-in attempt from an address that turned out to be right). */
export async function refundCounter(key: string): Promise<void> {
  await db.$executeRaw`UPDATE "RateCounter" SET "count" = "count" - 1 WHERE "key" = ${key} AND "count" > 0`;
}

export async function clearCounter(key: string): Promise<void> {
  await db.rateCounter.deleteMany({ where: { key } });
}

async function pruneExpiredCounters(now: number): Promise<number> {
  const { count } = await db.rateCounter.deleteMany({ where: { expiresAt: { lte: BigInt(now) } } });
  return count;
}
