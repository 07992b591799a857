import Database from "better-sqlite3";
import type { Pool } from "pg";
import { databaseUrl, providerOf, sqlitePath } from "./database-url";

/**
 * Dataset.blob read and written through the database drivers themselves, not Prisma. Prisma 6's query engine
 * (engine "client") passes Bytes through JSON and its wasm compiler: a 38 MB panel took 8–12 s to write or read
 * on either database (measured in `npm run bench -- panel-dataset-sqlite`), against a fraction of a second
 * here: better-sqlite3 hands back a Buffer; pg sends bytea in binary format and reads it as base64 slices. Only this one
 * column goes this way; every other read and write of the row stays in Prisma.
 */

// better-sqlite3 is already loaded by the Prisma adapter (lib/db/prisma.ts) and is one of Next's
// serverExternalPackages, so this import adds no module and is not bundled. Its types: types/better-sqlite3.d.ts.
type Connections = { sqlite: Map<string, Database>; pg: Map<string, Pool> };
const globalForBlobs = globalThis as unknown as { smallcapBlobConnections?: Connections };
const connections = (globalForBlobs.smallcapBlobConnections ??= { sqlite: new Map(), pg: new Map() });

function sqlite(url: string): Database {
  let database = connections.sqlite.get(url);
  if (!database) {
    database = new Database(sqlitePath(url));
    // Prisma's connection may hold the write lock for a moment: wait for it rather than fail.
    database.pragma("busy_timeout = 10000");
    connections.sqlite.set(url, database);
  }
  return database;
}

async function pgPool(url: string): Promise<Pool> {
  let pool = connections.pg.get(url);
  if (!pool) {
    const { default: pg } = await import("pg");
    pool = new pg.Pool({ connectionString: url, max: PG_READ_PARTS, idleTimeoutMillis: 5000, allowExitOnIdle: true });
    // An idle connection the server drops (a restart, a failover) is replaced on next use; it must not crash the process.
    pool.on("error", (error: Error) => console.warn("blob connection dropped:", error.message));
    connections.pg.set(url, pool);
  }
  return pool;
}

/** Where a blob may be read: by id alone (trusted callers), or only if the firm sees the dataset. */
export type BlobScope = { id: string; kind: string; firmId?: string };

/** The blob of a dataset of `kind`, or null when there is none (absent, another kind, another firm's, or no blob). */
export async function readBlobColumn(scope: BlobScope, url = databaseUrl()): Promise<Uint8Array | null> {
  const firm = scope.firmId !== undefined;
  if (providerOf(url) === "sqlite") {
    const sql = `SELECT "blob" FROM "Dataset" WHERE "id" = ? AND "kind" = ?${firm ? ` AND ("firmId" = ? OR "firmId" IS NULL)` : ""}`;
    const row = sqlite(url).prepare(sql).get(scope.id, scope.kind, ...(firm ? [scope.firmId] : [])) as { blob: Buffer | null } | undefined;
    return row?.blob ?? null;
  }
  return readPgBlob(await pgPool(url), scope);
}

/** Blobs above this are read in PG_READ_PARTS pieces at once; smaller ones in one query. */
const PG_PART_MIN_BYTES = 4 << 20;
const PG_READ_PARTS = 4;

/**
 * PostgreSQL: the length first (with the scope's filters), then the bytes as base64 in up to PG_READ_PARTS
 * slices read in parallel on separate connections. Base64 is a third smaller than bytea's hex text, and the
 * slices spread the server's encoding over its cores: 0.45 s instead of 1.0–1.2 s for 38 MB on this machine.
 * (pg's binary result mode cannot be used: pg-protocol decodes every field as UTF-8 text, which mangles bytes.)
 * A slice of an uncompressed TOAST value reads only its own chunks (a compressed one is decompressed per slice:
 * slower, still right). Rows are never updated after the import, so the slices are of one value.
 */
async function readPgBlob(pool: Pool, scope: BlobScope): Promise<Uint8Array | null> {
  const firm = scope.firmId !== undefined;
  const where = `"id" = $1 AND "kind" = $2${firm ? ` AND ("firmId" = $3 OR "firmId" IS NULL)` : ""}`;
  const values: string[] = [scope.id, scope.kind, ...(firm ? [scope.firmId as string] : [])];
  const length = (await pool.query<{ n: number | null }>(`SELECT octet_length("blob") AS n FROM "Dataset" WHERE ${where}`, values)).rows[0]?.n;
  if (length === undefined || length === null) return null;
  const parts = length < PG_PART_MIN_BYTES ? 1 : PG_READ_PARTS;
  const step = Math.ceil(length / parts);
  const out = new Uint8Array(length);
  const read = async (part: number): Promise<boolean> => {
    const from = part * step;
    const result = await pool.query<{ b: string }>(`SELECT encode(substring("blob" FROM $1 FOR $2), 'base64') AS b FROM "Dataset" WHERE "id" = $3`, [from + 1, step, scope.id]);
    const text = result.rows[0]?.b;
    if (text === undefined) return false;
    // PostgreSQL breaks base64 lines every 76 characters; Node's decoder skips the newlines.
    const bytes = Buffer.from(text, "base64");
    out.set(bytes, from);
    return bytes.length === Math.min(step, length - from);
  };
  const complete = await Promise.all(Array.from({ length: parts }, (_, part) => read(part)));
  return complete.every(Boolean) ? out : null;
}

/** Sets the blob of one dataset row; false when there is no such row. */
export async function writeBlobColumn(id: string, blob: Uint8Array, url = databaseUrl()): Promise<boolean> {
  const bytes = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength);
  if (providerOf(url) === "sqlite") return sqlite(url).prepare(`UPDATE "Dataset" SET "blob" = ? WHERE "id" = ?`).run(bytes, id).changes === 1;
  // A Buffer parameter goes over the wire in binary format.
  const result = await (await pgPool(url)).query(`UPDATE "Dataset" SET "blob" = $1 WHERE "id" = $2`, [bytes, id]);
  return result.rowCount === 1;
}

/** Closes the driver connections (scripts and tests that exit). */
export async function closeBlobConnections(): Promise<void> {
  for (const database of connections.sqlite.values()) database.close();
  connections.sqlite.clear();
  const pools = [...connections.pg.values()];
  connections.pg.clear();
  await Promise.all(pools.map((pool) => pool.end()));
}
