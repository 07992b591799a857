import { z } from "zod";
import { db } from "./prisma";
import { recordActivity, type Tx } from "./activity";
import { AppError } from "../errors/app-error";
import { CURRENCIES, currentAllocationOf, HOME_MARKETS, type ClientInput, type CurrentAllocation, type HomeMarket } from "../validation/client";
import type { ClientListQuery } from "../validation/client-list-query";
import { jsonText, parseStoredRow } from "../validation/stored-json";
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
  /** Bumped by every write; an edit names the version it started from (updateClientOrThrow). */
  version: number;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

type Row = Awaited<ReturnType<typeof db.client.findFirstOrThrow>>;

const allocationSchema = z.object({ usEquity: z.number(), intlEquity: z.number(), bonds: z.number(), cash: z.number() });

/** The columns the app reads as enumerations or JSON, as the client form wrote them. */
const storedColumnsSchema = z.object({
  homeMarket: z.enum(HOME_MARKETS),
  currency: z.enum(CURRENCIES),
  excludedRegions: jsonText(z.array(z.enum(REGIONS))),
  currentAllocation: jsonText(allocationSchema).nullable(),
});

/** @throws AppError DATA_CORRUPT when a column does not hold what the form writes (logged with the id) */
function toRecord(row: Row): ClientRecord {
  const { nameSearch: _ignored, homeMarket, currency, excludedRegions, currentAllocation, ...rest } = row;
  void _ignored;
  const stored = { homeMarket, currency, excludedRegions, currentAllocation };
  return { ...rest, ...parseStoredRow(storedColumnsSchema, stored, { table: "Client", id: row.id }) };
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

const LIST_LIMIT = 500;

/**
 * The advisor's clients, at most LIST_LIMIT, with `q` matched literally against the name and email.
 * Prisma's `contains` is SQL LIKE without escaping: `%` and `_` are wildcards on both databases and `\` is an
 * escape on PostgreSQL. So the database only narrows, by the pieces of `q` between those characters (a row
 * holding `q` holds every piece), and the literal test is made here, batch after batch until the list is full.
 */
export async function listClients(advisorId: string, query: ClientListQuery): Promise<ClientRecord[]> {
  const needle = query.q.toLowerCase();
  const pieces = needle.split(/[%_\\]/).filter((p) => p !== "");
  const where = {
    advisorId,
    archivedAt: query.archived ? undefined : null,
    AND: pieces.map((piece) => ({ nameSearch: { contains: piece } })),
  };
  const found: ClientRecord[] = [];
  for (let skip = 0; found.length < LIST_LIMIT; skip += LIST_LIMIT) {
    const rows = await db.client.findMany({ where, orderBy: [ORDER[query.sort], { id: "asc" }], skip, take: LIST_LIMIT });
    for (const row of rows) if (row.nameSearch.includes(needle) && found.length < LIST_LIMIT) found.push(toRecord(row));
    if (rows.length < LIST_LIMIT) break;
  }
  return found;
}

/** @throws AppError NOT_FOUND when the client does not exist or belongs to another advisor */
export async function getClientOrThrow(advisorId: string, id: string): Promise<ClientRecord> {
  const row = await db.client.findFirst({ where: { id, advisorId } });
  if (!row) throw new AppError("NOT_FOUND");
  return toRecord(row);
}

/** Creates the client and its "client_created" activity in one transaction. */
export async function insertClient(advisorId: string, input: ClientInput): Promise<ClientRecord> {
  return db.$transaction(async (tx) => {
    const client = toRecord(await tx.client.create({ data: { advisorId, ...toData(input) } }));
    await recordActivity(tx, { advisorId, kind: "client_created", summary: client.name, clientId: client.id });
    return client;
  });
}

/**
 * Saves an edit made on `expectedVersion` of the client, with its activity, in one transaction. Ownership
 * and version are both in the update's filter, so a stale edit cannot overwrite a newer one.
 * @throws AppError NOT_FOUND for a missing client or another advisor's; CONFLICT when someone saved (or
 * archived) it since `expectedVersion`
 */
export async function updateClientOrThrow(advisorId: string, id: string, expectedVersion: number, input: ClientInput): Promise<ClientRecord> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.client.updateMany({
      where: { id, advisorId, version: expectedVersion },
      data: { ...toData(input), version: { increment: 1 } },
    });
    if (count === 0) throw new AppError((await tx.client.count({ where: { id, advisorId } })) > 0 ? "CONFLICT" : "NOT_FOUND");
    const client = await readOwn(tx, advisorId, id);
    await recordActivity(tx, { advisorId, kind: "client_updated", summary: client.name, clientId: id });
    return client;
  });
}

/** Archives or restores the client (a new version: an edit opened before it is a CONFLICT), with its activity. */
export async function setClientArchived(advisorId: string, id: string, archived: boolean): Promise<ClientRecord> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.client.updateMany({
      where: { id, advisorId },
      data: { archivedAt: archived ? new Date() : null, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("NOT_FOUND");
    const client = await readOwn(tx, advisorId, id);
    await recordActivity(tx, { advisorId, kind: archived ? "client_archived" : "client_restored", summary: client.name, clientId: id });
    return client;
  });
}

async function readOwn(tx: Tx, advisorId: string, id: string): Promise<ClientRecord> {
  return toRecord(await tx.client.findFirstOrThrow({ where: { id, advisorId } }));
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
