let tail: Promise<unknown> = Promise.resolve();

/**
 * Runs CPU-bound work (a 10,000-path projection holds the event loop for a few hundred milliseconds) one piece at
 * a time, each after a turn of the event loop. Without it, twenty saves arriving together would run their
 * projections back to back while earlier saves' database transactions wait for their replies, long enough for
 * those transactions to time out; queued, every open transaction gets its replies between two projections.
 * The queue is per server process; a failed piece does not stop the ones after it.
 */
export function oneAtATime<T>(work: () => T): Promise<T> {
  const run = tail.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(work);
  tail = run.catch(() => undefined);
  return run;
}
