import { z } from "zod";
import { AppError } from "../errors/app-error";
import { findUserByEmail, type UserRecord } from "../db/users";
import { clearThrottle, readThrottle, writeThrottle } from "../db/login-throttle";
import { afterFailure, isLocked } from "./throttle-policy";
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

/**
 * Checks credentials with the sign-in throttle (5 failures in 15 minutes lock the account for 15 minutes).
 * @returns the user, or null for wrong credentials
 * @throws AppError RATE_LIMITED while the account is locked (checked before the password)
 */
export async function authenticate(raw: unknown, now: Date = new Date()): Promise<UserRecord | null> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  const throttle = await readThrottle(email);
  if (isLocked(throttle, now)) throw new AppError("RATE_LIMITED", "RATE_LIMITED");

  const user = await findUserByEmail(email);
  const valid = await verifyPassword(user?.passwordHash ?? (await hashForAbsentUser()), password);
  if (user && valid) {
    if (throttle) await clearThrottle(email);
    return user;
  }
  await writeThrottle(email, afterFailure(throttle, now));
  return null;
}
