import { db } from "./prisma";
import { summarySelect, toSummary, type ScenarioSummary } from "./scenarios";
import { LIKE_SPECIAL, pageOf } from "./paging";
import { SCENARIO_PAGE_SIZE, type ScenarioListQuery, type ScenarioSort } from "../scenarios/list-query";

export type ScenarioPage = { rows: ScenarioSummary[]; total: number; page: number; pageCount: number };

/** Every order ends on the id, so pages never overlap or skip rows with equal keys. */
const ORDER = {
  updated: [{ updatedAt: "desc" }, { id: "desc" }],
  oldest: [{ updatedAt: "asc" }, { id: "asc" }],
  name: [{ nameSearch: "asc" }, { id: "asc" }],
  created: [{ createdAt: "desc" }, { id: "desc" }],
} as const satisfies Record<ScenarioSort, object[]>;

const DAY_MS = 86_400_000;

function whereOf(advisorId: string, query: ScenarioListQuery, pieces: string[]) {
  const updatedAt = {
    ...(query.from ? { gte: new Date(`${query.from}T00:00:00Z`) } : {}),
    ...(query.to ? { lt: new Date(Date.parse(`${query.to}T00:00:00Z`) + DAY_MS) } : {}),
  };
  return {
    advisorId,
    ...(query.clientId ? { clientId: query.clientId } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(query.from || query.to ? { updatedAt } : {}),
    AND: pieces.map((piece) => ({ nameSearch: { contains: piece } })),
  };
}

/**
 * One page (SCENARIO_PAGE_SIZE rows) of the advisor's scenarios, filtered by client, status and last update
 * (whole UTC days), with `q` matched literally in the name. A page past the end shows the last one.
 * As for clients (lib/db/clients.ts), Prisma's `contains` is LIKE without an escape clause, so `%`, `_` (and `\`
 * on PostgreSQL) would be wildcards. A search without them is exact in the database, which counts and pages.
 * One with them is narrowed by the pieces between them; the literal test then runs here on the narrowed rows'
 * ids and names (two short columns), and the page's rows are read by id.
 */
export async function listScenarioPage(advisorId: string, query: ScenarioListQuery): Promise<ScenarioPage> {
  const needle = query.q.toLowerCase();
  const pieces = needle.split(LIKE_SPECIAL).filter((p) => p !== "");
  const where = whereOf(advisorId, query, pieces);
  const orderBy = [...ORDER[query.sort]];
  if (!LIKE_SPECIAL.test(needle)) {
    const total = await db.scenario.count({ where });
    const { page, pageCount, skip } = pageOf(query.page, total, SCENARIO_PAGE_SIZE);
    const rows = await db.scenario.findMany({ where, orderBy, skip, take: SCENARIO_PAGE_SIZE, select: summarySelect });
    return { rows: rows.map(toSummary), total, page, pageCount };
  }
  const narrowed = await db.scenario.findMany({ where, orderBy, select: { id: true, nameSearch: true } });
  const ids = narrowed.filter((row) => row.nameSearch.includes(needle)).map((row) => row.id);
  const { page, pageCount, skip } = pageOf(query.page, ids.length, SCENARIO_PAGE_SIZE);
  const pageIds = ids.slice(skip, skip + SCENARIO_PAGE_SIZE);
  const rows = await db.scenario.findMany({ where: { advisorId, id: { in: pageIds } }, select: summarySelect });
  const byId = new Map(rows.map((row) => [row.id, toSummary(row)]));
  return { rows: pageIds.map((id) => byId.get(id)).filter((row) => row !== undefined), total: ids.length, page, pageCount };
}

/** The advisor's clients that have scenarios, by name: the list's client filter. */
export async function listClientsWithScenarios(advisorId: string): Promise<{ id: string; name: string }[]> {
  return db.client.findMany({ where: { advisorId, scenarios: { some: { advisorId } } }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true } });
}
