import { db } from "./prisma";
import { AppError } from "../errors/app-error";
import { currentAllocationOf, HOME_MARKETS, type ClientInput, type ClientListQuery, type CurrentAllocation, type HomeMarket } from "../validation/client";
import { REGIONS, type Region } from "../market/regions";

/** A client's profile and constraints as the app uses them: the small-cap maximum as a fraction. */
export type ClientProfileFields = {
  name: string;
  email: string | null;
  homeMarket: HomeMarket;
  riskTolerance: number;
  horizonYears: number;
  investableAssets: number;
  currency: string;
  maxFeeBps: number | null;
  excludedRegions: Region[];
  maxSmallCapShare: number | null;
  passiveOnly: boolean;
  /** Used as the proposal's benchmark when given. */
  currentAllocation: CurrentAllocation | null;
  notes: string | null;
};

/** A stored client: JSON columns parsed. */
export type ClientRecord = ClientProfileFields & {
  id: string;
  advisorId: string;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

type Row = Awaited<ReturnType<typeof db.client.findFirstOrThrow>>;

function toRecord(row: Row): ClientRecord {
  const { nameSearch: _ignored, excludedRegions, homeMarket, currentAllocation, ...rest } = row;
  void _ignored;
  return {
    ...rest,
    homeMarket: parseHomeMarket(homeMarket),
    excludedRegions: parseRegions(excludedRegions),
    currentAllocation: parseCurrentAllocation(currentAllocation),
  };
}

function parseHomeMarket(value: string): HomeMarket {
  return (HOME_MARKETS as readonly string[]).includes(value) ? (value as HomeMarket) : "OTHER";
}

function parseCurrentAllocation(json: string | null): CurrentAllocation | null {
  if (!json) return null;
  try {
    const v = JSON.parse(json) as Partial<CurrentAllocation>;
    const parts = [v.usEquity, v.intlEquity, v.bonds, v.cash];
    return parts.every((x) => typeof x === "number" && Number.isFinite(x)) ? (v as CurrentAllocation) : null;
  } catch {
    return null;
  }
}

function parseRegions(json: string): Region[] {
  try {
    const list: unknown = JSON.parse(json);
    return Array.isArray(list) ? list.filter((r): r is Region => (REGIONS as readonly unknown[]).includes(r)) : [];
  } catch {
    return [];
  }
}

function toData(input: ClientInput) {
  return {
    name: input.name,
    nameSearch: `${input.name} ${input.email ?? ""}`.toLowerCase(),
    email: input.email ?? null,
    homeMarket: input.homeMarket,
    riskTolerance: input.riskTolerance,
    horizonYears: input.horizonYears,
    investableAssets: input.investableAssets,
    currency: input.currency,
    maxFeeBps: input.maxFeeBps ?? null,
    excludedRegions: JSON.stringify(input.excludedRegions),
    maxSmallCapShare: input.maxSmallCapSharePct === undefined ? null : input.maxSmallCapSharePct / 100,
    passiveOnly: input.passiveOnly,
    currentAllocation: serialiseAllocation(currentAllocationOf(input)),
    notes: input.notes ?? null,
  };
}

function serialiseAllocation(a: CurrentAllocation | null): string | null {
  return a ? JSON.stringify(a) : null;
}

const ORDER = {
  name: { name: "asc" },
  updated: { updatedAt: "desc" },
  assets: { investableAssets: "desc" },
  risk: { riskTolerance: "desc" },
} as const;

export async function listClients(advisorId: string, query: ClientListQuery): Promise<ClientRecord[]> {
  const rows = await db.client.findMany({
    where: {
      advisorId,
      archivedAt: query.archived ? undefined : null,
      ...(query.q ? { nameSearch: { contains: query.q.toLowerCase() } } : {}),
    },
    orderBy: [ORDER[query.sort], { id: "asc" }],
    take: 500,
  });
  return rows.map(toRecord);
}

/** @throws AppError NOT_FOUND when the client does not exist or belongs to another advisor */
export async function getClientOrThrow(advisorId: string, id: string): Promise<ClientRecord> {
  const row = await db.client.findFirst({ where: { id, advisorId } });
  if (!row) throw new AppError("NOT_FOUND");
  return toRecord(row);
}

export async function insertClient(advisorId: string, input: ClientInput): Promise<ClientRecord> {
  return toRecord(await db.client.create({ data: { advisorId, ...toData(input) } }));
}

/** The ownership check is part of the update's filter: another advisor's id matches no row. */
export async function updateClientOrThrow(advisorId: string, id: string, input: ClientInput): Promise<ClientRecord> {
  const { count } = await db.client.updateMany({ where: { id, advisorId }, data: toData(input) });
  if (count === 0) throw new AppError("NOT_FOUND");
  return getClientOrThrow(advisorId, id);
}

export async function setClientArchived(advisorId: string, id: string, archived: boolean): Promise<ClientRecord> {
  const { count } = await db.client.updateMany({
    where: { id, advisorId },
    data: { archivedAt: archived ? new Date() : null },
  });
  if (count === 0) throw new AppError("NOT_FOUND");
  return getClientOrThrow(advisorId, id);
}

export async function clientStats(advisorId: string) {
  const [count, assets, byRisk] = await Promise.all([
    db.client.count({ where: { advisorId, archivedAt: null } }),
    db.client.groupBy({ by: ["currency"], where: { advisorId, archivedAt: null }, _sum: { investableAssets: true } }),
    db.client.groupBy({ by: ["riskTolerance"], where: { advisorId, archivedAt: null }, _count: { _all: true } }),
  ]);
  return {
    count,
    assetsByCurrency: assets.map((a) => ({ currency: a.currency, total: a._sum.investableAssets ?? 0 })),
    byRisk: byRisk.map((r) => ({ riskTolerance: r.riskTolerance, count: r._count._all })),
  };
}
