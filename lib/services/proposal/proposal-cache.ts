import type { Redis } from "ioredis";
import { sharedRedis } from "../../cache/shared-redis";
import { PROPOSAL_CACHE_MAX_AGE_MS, readProposalCache, writeProposalCache } from "../../db/proposal-cache";
import { DecodedPayloads } from "../datasets/decoded-payloads";

/** Where computed proposals are shared between app servers: the database, or Redis when REDIS_URL is set. */
export type SharedProposalStore = {
  get(firmId: string, key: string): Promise<string | null>;
  set(firmId: string, key: string, json: string): Promise<void>;
};

export const databaseProposalStore: SharedProposalStore = {
  get: readProposalCache,
  set: (firmId, key, json) => writeProposalCache(firmId, key, json),
};

/** Entries expire after the same age as the database's; the key already holds the firm (proposal-cache-key.ts). */
export function redisProposalStore(redis: Redis): SharedProposalStore {
  return {
    get: (_firmId, key) => redis.get(`proposal:${key}`),
    set: async (_firmId, key, json) => {
      await redis.set(`proposal:${key}`, json, "PX", PROPOSAL_CACHE_MAX_AGE_MS);
    },
  };
}

function defaultStore(): SharedProposalStore {
  const redis = sharedRedis();
  return redis ? redisProposalStore(redis) : databaseProposalStore;
}

/**
 * Results kept in this process, by key: a proposal page opened again (or by twenty requests at once) is served
 * without a round trip. Values are shared between callers, which must not change them. 256 proposals of
 * about 70 kB each bound it near 20 MB.
 */
const local = new DecodedPayloads<unknown>(256);
/** Computations under way, by key: concurrent misses of one key compute it once. */
const inFlight = new Map<string, Promise<unknown>>();

/**
 * The value cached under `key`: from this process, else from the shared store (kept here from then on), else
 * `compute()`'s, written to both. `compute` runs only on a miss, so it is where a caller charges a rate limit.
 * A failing shared store is not fatal: the value is computed (and the failure logged), as without a cache.
 */
export async function cachedProposalValue<T>(
  firmId: string,
  key: string,
  compute: () => Promise<T>,
  store: SharedProposalStore = defaultStore(),
): Promise<T> {
  const pending = inFlight.get(key);
  if (pending) return pending as Promise<T>;
  const run = local.get(key, async () => {
    const stored = await store.get(firmId, key).catch(logged("read"));
    if (stored) return JSON.parse(stored) as T;
    const json = JSON.stringify(await compute());
    await store.set(firmId, key, json).catch(logged("write"));
    // What the shared store holds, read back: a value is the same whichever level it comes from (dates as
    // text, no undefined members), as a saved version's is.
    return JSON.parse(json) as T;
  });
  inFlight.set(key, run);
  try {
    return (await run) as T;
  } finally {
    inFlight.delete(key);
  }
}

function logged(what: string): (error: unknown) => null {
  return (error) => {
    console.error(`proposal cache: the shared store failed to ${what}`, error);
    return null;
  };
}

/** Forgets what this process kept (tests use it to show a value comes from the shared store). */
export function clearLocalProposalCache(): void {
  local.clear();
}
