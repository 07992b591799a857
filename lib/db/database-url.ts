/**
 * Which database the app, the CLI and the tests talk to. The embedded SQLite file is the default so that a
 * fresh machine needs no server; a `postgresql://` URL switches every part to PostgreSQL.
 */
export const DEFAULT_DATABASE_URL = "file:./data/smallcap.db";

export type DatabaseProvider = "sqlite" | "postgresql";

export function databaseUrl(env: Record<string, string | undefined> = process.env): string {
  return env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

export function providerOf(url: string): DatabaseProvider {
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(`providerOf: unsupported DATABASE_URL "${url.replace(/\/\/.*@/, "//***@")}"`);
}

/** better-sqlite3 takes a path, not a URL; `file:./x.db` is resolved from the working directory. */
export function sqlitePath(url: string): string {
  return url.replace(/^file:/, "");
}
