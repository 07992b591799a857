import { z } from "zod";
import { AppError } from "../errors/app-error";
import { findUserByEmail, type UserRecord } from "../db/users";
import { clearCounter, hitCounter, refundCounter } from "../db/rate-counter";
import { accountKey, accountWindow, addressKey, addressWindow, DEFAULT_IP_MAX_ATTEMPTS, MAX_FAILURES } from "./throttle-policy";
import { hashPassword, verifyPassword } from "./password";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(200),
  password: z.string().min(1).max(200),
});

// Verifying against a fixed hash when the account does not exist keeps the response time the same,
// so timing does not reveal which emails have accounts.
let absentUserHash: Promise<string> | null = null;
function hashForAbsentUser(): Promise<string> {
  absentUserHash ??= hashPassword(crypto.randomUUID());
  return absentUserHash;
}

export type AttemptContext = {
  /** The client's address (see clientAddress); "unknown" when there is none. */
  ip?: string;
  now?: Date;
  /** Failed attempts allowed per address and window (default 100, env LOGIN_IP_MAX_ATTEMPTS). */
  ipMaxAttempts?: number;
};

/**
 * Checks credentials under the sign-in throttle (see throttle-policy.ts). The attempt is counted for the
 * account and for the address first, atomically; only an attempt within both limits has its password
 * verified.
 * @returns the user, or null for wrong credentials
 * @throws AppError RATE_LIMITED when the account or the address is over its limit (the password is not checked)
 */
export async function authenticate(raw: unknown, context: AttemptContext = {}): Promise<UserRecord | null> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const now = (context.now ?? new Date()).getTime();
  const ipLimit = context.ipMaxAttempts ?? DEFAULT_IP_MAX_ATTEMPTS;

  const user = await findUserByEmail(email);
  const account = accountKey(email, user !== null);
  const address = addressKey(context.ip ?? "unknown");
  const [byAccount, byAddress] = await Promise.all([
    hitCounter(account, accountWindow, now),
    hitCounter(address, addressWindow(ipLimit), now),
  ]);
  if (byAccount.count > MAX_FAILURES || byAddress.count > ipLimit) throw new AppError("RATE_LIMITED");

  const valid = await verifyPassword(user?.passwordHash ?? (await hashForAbsentUser()), password);
  if (user && valid) {
    await Promise.all([clearCounter(account), refundCounter(address)]);
    return user;
  }
  return null;
}
