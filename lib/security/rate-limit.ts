import type { Redis } from "ioredis";
import { sharedRedis } from "../cache/shared-redis";
import { AppError } from "../errors/app-error";
import { hitCounter } from "../db/rate-counter";
import { RATE_LIMITS, type RateLimitedAction } from "./rate-limit-policy";

/** A counter store: the database by default, Redis when REDIS_URL is set. Both are shared by all servers. */
export type CounterStore = { hit(key: string, windowMs: number, now: number): Promise<number> };

// The count column is a 32-bit integer on PostgreSQL: a limit it can never reach means "never lock".
const NO_LOCK = 2_147_483_647;

export const databaseCounters: CounterStore = {
  async hit(key, windowMs, now) {
    return (await hitCounter(key, { windowMs, limit: NO_LOCK, lockMs: 0 }, now)).count;
  },
};

/** INCR then PEXPIRE NX in one MULTI: the first hit of a window sets its end, later hits only count. */
export function redisCounters(redis: Redis): CounterStore {
  return {
    async hit(key, windowMs) {
      const replies = await redis.multi().incr(key).pexpire(key, windowMs, "NX").exec();
      const [error, count] = replies?.[0] ?? [new Error("redis: no reply"), 0];
      if (error) throw error;
      return Number(count);
    },
  };
}

function defaultStore(): CounterStore {
  const redis = sharedRedis();
  return redis ? redisCounters(redis) : databaseCounters;
}

/**
 * Counts one use of `action` by `userId`; false when the user is over the limit for the current window.
 * Windows are fixed (they start at the first use), which is enough to stop a loop and costs one round trip.
 */
export async function allowAction(
  action: RateLimitedAction,
  userId: string,
  store: CounterStore = defaultStore(),
  now: number = Date.now(),
): Promise<boolean> {
  const { limit, windowMs } = RATE_LIMITS[action];
  const count = await store.hit(`action:${action}:${userId}`, windowMs, now);
  return count <= limit;
}

/**
 * allowAction for work that runs only sometimes (a proposal not yet cached): counts the use and throws
 * AppError RATE_LIMITED when the user is over the limit, so the caller charges just before the expensive part.
 */
export async function chargeAction(action: RateLimitedAction, userId: string): Promise<void> {
  if (!(await allowAction(action, userId))) throw new AppError("RATE_LIMITED");
}
