import pg from "pg";

/**
 * A pg Pool for the Prisma CLI only. Prisma 6.19's schema engine, run through @prisma/adapter-pg, cannot
 * deserialize columns of PostgreSQL's `name` (19) and `char` (18) types that its catalogue queries return
 * (Prisma issue 27403). Reporting them as `text` (25) is exact for these read-only catalogue columns.
 * App queries use an ordinary Pool and never see this.
 */
const TEXT_OID = 25;
const RETYPED_OIDS = new Set([18, 19]);

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function retype(result: unknown): void {
  const list = Array.isArray(result) ? result : [result];
  for (const r of list as QueryResultLike[]) {
    for (const field of r?.fields ?? []) {
      if (RETYPED_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
  }
}

class CatalogueSafeClient extends pg.Client {
  // pg's query has many overloads: Pool.query calls it with a callback, a direct client call without one.
  override query(...args: unknown[]): never {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      const callback = last as (err: unknown, result: unknown) => void;
      args[args.length - 1] = (err: unknown, result: unknown) => {
        if (!err) retype(result);
        callback(err, result);
      };
    }
    const pending = (super.query as (...a: unknown[]) => unknown)(...args);
    if (pending instanceof Promise) {
      return pending.then((result) => {
        retype(result);
        return result;
      }) as never;
    }
    return pending as never;
  }
}

export function cliPool(connectionString: string): pg.Pool {
  return new pg.Pool({ connectionString, Client: CatalogueSafeClient });
}
