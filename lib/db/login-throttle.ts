import { db } from "./prisma";
import type { ThrottleState } from "../auth/throttle-policy";

export async function readThrottle(email: string): Promise<ThrottleState | null> {
  return db.loginThrottle.findUnique({ where: { email } });
}

export async function writeThrottle(email: string, state: ThrottleState): Promise<void> {
  await db.loginThrottle.upsert({ where: { email }, create: { email, ...state }, update: state });
}

export async function clearThrottle(email: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { email } });
}
