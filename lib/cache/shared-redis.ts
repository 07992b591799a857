import { Redis } from "ioredis";
import { env } from "../env";

const globalForRedis = globalThis as unknown as { smallcapRedis?: Redis };

/**
 * The process's one Redis connection when REDIS_URL is set, else null (the database then holds what Redis
 * would: rate counters, cached proposals). Kept on globalThis so development reloads do not open new ones.
 */
export function sharedRedis(): Redis | null {
  if (!env.REDIS_URL) return null;
  globalForRedis.smallcapRedis ??= new Redis(env.REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 2 });
  return globalForRedis.smallcapRedis;
}
