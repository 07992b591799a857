/**
 * Sign-in throttling policy (pure): after MAX_FAILURES failed attempts for one account within WINDOW_MS,
 * further attempts are refused for LOCK_MS. The state lives in the database (LoginThrottle) so that every
 * app server sharing it enforces the same limit.
 */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;

export type ThrottleState = { failures: number; firstFailureAt: Date; lockedUntil: Date | null };

export function isLocked(state: ThrottleState | null, now: Date): boolean {
  return !!state?.lockedUntil && state.lockedUntil.getTime() > now.getTime();
}

/** The state after one more failure at `now`: a failure outside the window starts a new window. */
export function afterFailure(state: ThrottleState | null, now: Date): ThrottleState {
  const inWindow = state && now.getTime() - state.firstFailureAt.getTime() < WINDOW_MS && !isExpiredLock(state, now);
  const failures = inWindow ? state.failures + 1 : 1;
  const firstFailureAt = inWindow ? state.firstFailureAt : now;
  const lockedUntil = failures >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MS) : null;
  return { failures, firstFailureAt, lockedUntil };
}

function isExpiredLock(state: ThrottleState, now: Date): boolean {
  return !!state.lockedUntil && state.lockedUntil.getTime() <= now.getTime();
}
