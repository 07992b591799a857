/**
 * The part of better-sqlite3's API that lib/db/blob-column.ts uses. The package ships no types, and
 * @types/better-sqlite3 is only a dependency of the Prisma adapter's own build, not installed here.
 */
declare module "better-sqlite3" {
  interface Statement {
    get(...params: unknown[]): unknown;
    run(...params: unknown[]): { changes: number };
  }
  class Database {
    constructor(path: string);
    prepare(sql: string): Statement;
    pragma(sql: string): unknown;
    close(): void;
  }
  export default Database;
}
