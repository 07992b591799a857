import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "../../generated/sqlite";
import { PrismaClient as PostgresClient } from "../../generated/postgresql";
import { databaseUrl, providerOf, sqlitePath } from "./database-url";

/**
 * The one Prisma client of the app. Both generated clients come from the same models file, so their
 * model APIs are the same; the SQLite client's type stands for both.
 */
export type Db = SqliteClient;

export function createDb(url: string = databaseUrl()): Db {
  if (providerOf(url) === "postgresql") {
    const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) });
    return client as unknown as Db;
  }
  return new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: sqlitePath(url) }) });
}

const globalForDb = globalThis as unknown as { smallcapDb?: Db };

/** Reused across hot reloads in development so connections are not leaked. */
export const db: Db = globalForDb.smallcapDb ?? createDb();
if (process.env.NODE_ENV !== "production") globalForDb.smallcapDb = db;
