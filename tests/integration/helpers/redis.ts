import { Redis } from "ioredis";

/**
 * A connection to the test Redis (REDIS_URL, default the local server), or null when none answers. On CI, where
 * Redis runs, no answer is an error: a Redis test must run there, never quietly skip.
 */
export async function connectTestRedis(suite: string): Promise<Redis | null> {
  const url = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await client.connect();
    return client;
  } catch {
    client.disconnect();
    if (process.env.CI === "true") throw new Error(`Redis is not reachable at ${url}, and CI=true`);
    console.warn(`${suite}: Redis not reachable at ${url}; the Redis store tests are skipped (they run on CI)`);
    return null;
  }
}
