import { db } from "./prisma";
import { toRecord, type ClientRecord } from "./clients";
import { LIKE_SPECIAL, pageOf } from "./paging";
import { CLIENT_PAGE_SIZE, type ClientListQuery, type ClientSort } from "../domain/client-list";

export type ClientListPage = { rows: ClientRecord[]; total: number; page: number; pageCount: number };

/** Every order ends on the id, so pages never overlap or skip clients with equal keys. */
const ORDER = {
  name: [{ name: "asc" }, { id: "asc" }],
  updated: [{ updatedAt: "desc" }, { id: "asc" }],
  assets: [{ investableAssets: "desc" }, { id: "asc" }],
  risk: [{ riskTolerance: "desc" }, { id: "asc" }],
} as const satisfies Record<ClientSort, object[]>;

/**
 * One page (CLIENT_PAGE_SIZE rows) of the advisor's clients, with `q` matched literally against the name and
 * email, and the total. A page past the end shows the last one.
 * `%` and `_` are LIKE wildcards on both databases and `\` is LIKE's escape on PostgreSQL. A search without
 * them is exact in the database, which counts and pages. One with them is narrowed in the database by the
 * pieces between them (a row holding `q` holds every piece); the literal test then runs here on the narrowed
 * rows' ids and search text (two short columns), and the page's rows are read by id.
 */
export async function listClientPage(advisorId: string, query: ClientListQuery): Promise<ClientListPage> {
  const needle = query.q.toLowerCase();
  const where = {
    advisorId,
    archivedAt: query.archived ? undefined : null,
    AND: needle.split(LIKE_SPECIAL).filter((piece) => piece !== "").map((piece) => ({ nameSearch: { contains: piece } })),
  };
  const orderBy = [...ORDER[query.sort]];
  if (!LIKE_SPECIAL.test(needle)) {
    const total = await db.client.count({ where });
    const { page, pageCount, skip } = pageOf(query.page, total, CLIENT_PAGE_SIZE);
    const rows = await db.client.findMany({ where, orderBy, skip, take: CLIENT_PAGE_SIZE });
    return { rows: rows.map(toRecord), total, page, pageCount };
  }
  const narrowed = await db.client.findMany({ where, orderBy, select: { id: true, nameSearch: true } });
  const ids = narrowed.filter((row) => row.nameSearch.includes(needle)).map((row) => row.id);
  const { page, pageCount, skip } = pageOf(query.page, ids.length, CLIENT_PAGE_SIZE);
  const pageIds = ids.slice(skip, skip + CLIENT_PAGE_SIZE);
  const rows = await db.client.findMany({ where: { advisorId, id: { in: pageIds } } });
  const byId = new Map(rows.map((row) => [row.id, toRecord(row)]));
  return { rows: pageIds.flatMap((id) => byId.get(id) ?? []), total: ids.length, page, pageCount };
}
