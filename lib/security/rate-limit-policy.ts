/**
 * Per-user limits on the expensive actions. A proposal run back-tests every sleeve (tens of milliseconds of
 * CPU each), a save stores the whole view-model, an upload parses a file of up to several megabytes, an
 * export renders a report: one user firing them in a loop must not starve the firm's other advisors.
 * The numbers leave room for a busy meeting (an assumption changed every two seconds) and none for a script.
 */
export const RATE_LIMITS = {
  generate: { limit: 30, windowMs: 60_000 },
  // The proposal's risk projection (10,000 paths) follows every proposal run, so it has a limit of its own.
  project: { limit: 30, windowMs: 60_000 },
  save: { limit: 20, windowMs: 60_000 },
  upload: { limit: 10, windowMs: 60_000 },
  export: { limit: 30, windowMs: 60_000 },
} as const;

export type RateLimitedAction = keyof typeof RATE_LIMITS;
