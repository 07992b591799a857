import type { Db } from "../../lib/db/prisma";

export async function seedReferenceFigures(_db: Db): Promise<number> {
  void _db;
  return 0;
}
