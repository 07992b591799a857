import { db } from "./prisma";
import { isUniqueViolation } from "./unique-violation";

/**
 * How long a cached proposal is kept. Entries never go stale (the key is the inputs), so age only bounds the
 * table: a week covers a client's meetings on one set of data, and an entry dropped is simply computed again.
 */
export const PROPOSAL_CACHE_MAX_AGE_MS = 7 * 24 * 3600 * 1000;

/** The cached JSON for `key` in the firm's entries, or null. */
export async function readProposalCache(firmId: string, key: string): Promise<string | null> {
  const row = await db.proposalCacheEntry.findFirst({ where: { key, firmId }, select: { value: true } });
  return row?.value ?? null;
}

/**
 * Stores `value` under `key` unless another server stored it first (the same key holds the same value, so the
 * first write wins and a race costs nothing), then drops the firm's entries past the maximum age.
 */
export async function writeProposalCache(firmId: string, key: string, value: string, now: Date = new Date()): Promise<void> {
  try {
    await db.proposalCacheEntry.create({ data: { key, firmId, value, createdAt: now } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  await db.proposalCacheEntry.deleteMany({ where: { firmId, createdAt: { lt: new Date(now.getTime() - PROPOSAL_CACHE_MAX_AGE_MS) } } });
}
