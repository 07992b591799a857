import type { PgBoss } from "pg-boss";

/** The pg-boss queue size studies travel on (PostgreSQL only). */
export const STUDY_QUEUE = "size-study";

/** What a queue message carries: only the job's id; everything else is in the BacktestJob row. */
export type StudyMessage = { jobId: string };

/**
 * Queue settings: a worker that stops sending heartbeats for 30 s (its process died) loses the job, which
 * pg-boss hands to another worker after 15 s, up to twice; the BacktestJob row decides whether the new
 * worker may take it over (`claimJob`: only once the old runner went quiet, see STALE_AFTER_MS).
 */
const QUEUE_OPTIONS = { heartbeatSeconds: 30, retryLimit: 2, retryDelay: 15, expireInSeconds: 3600 } as const;

/**
 * A started pg-boss on the app's database, in its own `pgboss` schema (created on first start). `role`
 * "app" only sends: maintenance and supervision are left to the workers.
 */
export async function startQueue(url: string, role: "app" | "worker"): Promise<PgBoss> {
  // Loaded on demand: a SQLite deployment never loads pg-boss or pg.
  const { PgBoss: Boss } = await import("pg-boss");
  const boss = new Boss({ connectionString: url, schema: "pgboss", ...(role === "app" ? { supervise: false, schedule: false } : {}) });
  boss.on("error", (error) => console.error("pg-boss", error));
  await boss.start();
  await boss.createQueue(STUDY_QUEUE, QUEUE_OPTIONS);
  return boss;
}

const globalForQueue = globalThis as unknown as { smallcapQueue?: Map<string, Promise<PgBoss>> };

/** The app's sender for one database, started once per process (and kept across hot reloads). */
export function appQueue(url: string): Promise<PgBoss> {
  const queues = (globalForQueue.smallcapQueue ??= new Map());
  let boss = queues.get(url);
  if (!boss) {
    boss = startQueue(url, "app");
    boss.catch(() => queues.delete(url));
    queues.set(url, boss);
  }
  return boss;
}

/** Closes the app's sender (tests, scripts that enqueue and exit). */
export async function stopAppQueue(url: string): Promise<void> {
  const boss = globalForQueue.smallcapQueue?.get(url);
  if (!boss) return;
  globalForQueue.smallcapQueue?.delete(url);
  await (await boss).stop({ graceful: false, close: true });
}

export async function enqueueStudy(url: string, jobId: string): Promise<void> {
  const message: StudyMessage = { jobId };
  await (await appQueue(url)).send(STUDY_QUEUE, message);
}
