import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import { hashPassword } from "@/lib/auth/password";

/**
 * The e2e servers' SQLite database (scripts/e2e-server.sh), opened directly: tests add their own users so
 * they never disturb the demo ones, and read what a response must not contain. (Plain SQL because
 * Playwright's loader cannot import the generated Prisma client.)
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
// The few calls used here, typed locally (better-sqlite3 ships no types of its own).
type Statement = { run(...args: unknown[]): unknown; get(...args: unknown[]): unknown; all(...args: unknown[]): unknown[] };
type Sqlite = { prepare(sql: string): Statement; pragma(sql: string): unknown };
const Database = createRequire(import.meta.url)("better-sqlite3") as new (file: string) => Sqlite;
let handle: Sqlite | null = null;

function db(): Sqlite {
  handle ??= new Database(`data/e2e-${PORT}.db`);
  handle.pragma("busy_timeout = 5000");
  return handle;
}

/** A new user in the demo firm, with a password only this test knows. */
export async function makeUser(role: "ADMIN" | "ADVISOR" = "ADVISOR") {
  const tag = randomUUID().slice(0, 8);
  const password = `pw-${randomUUID()}`;
  const email = `e2e-${tag}@example.com`;
  const now = new Date().toISOString();
  db()
    .prepare(`INSERT INTO "User" ("id", "firmId", "email", "name", "role", "passwordHash", "locale", "sessionVersion", "createdAt", "updatedAt") VALUES (?, 'demo-firm', ?, ?, ?, ?, 'en', 0, ?, ?)`)
    .run(`e2e-${tag}`, email, `E2E ${tag}`, role, await hashPassword(password), now, now);
  return { email, password };
}

export function firstScenarioOf(email: string): string | null {
  const row = db().prepare(`SELECT s."id" FROM "Scenario" s JOIN "User" u ON u."id" = s."advisorId" WHERE u."email" = ? LIMIT 1`).get(email) as { id: string } | undefined;
  return row?.id ?? null;
}

/** Strings only the admin page shows: the firm's other users, datasets and reference-figure sources. */
export function adminOnlyStrings(except: string[]): string[] {
  const users = db().prepare(`SELECT "email", "name" FROM "User" WHERE "firmId" = 'demo-firm' AND "email" NOT LIKE 'e2e-%'`).all() as { email: string; name: string }[];
  const datasets = db().prepare(`SELECT "name", "source" FROM "Dataset"`).all() as { name: string; source: string }[];
  const figures = db().prepare(`SELECT "key" FROM "ReferenceFigure"`).all() as { key: string }[];
  return [...users.flatMap((u) => [u.email, u.name]), ...datasets.flatMap((d) => [d.name, d.source]), ...figures.map((f) => `figure-${f.key}`)].filter(
    (s) => !except.includes(s),
  );
}
