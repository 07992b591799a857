import type { Db } from "../../lib/db/prisma";

/** Placeholder until the synthetic market lands; replaced below. */
export async function seedDemoDatasets(_db: Db, _firmId: string): Promise<number> {
  void _db;
  void _firmId;
  return 0;
}
