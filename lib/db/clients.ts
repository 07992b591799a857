import { cache } from "react";
import { z } from "zod";
import { db } from "./prisma";
import { recordActivity, type Tx } from "./activity";
import { AppError } from "../errors/app-error";
import { CURRENCIES, HOME_MARKETS, type ClientProfileFields, type Currency, type CurrentAllocation } from "../domain/client";
import { jsonText, parseStoredRow } from "../validation/stored-json";
import { REGIONS } from "../market/regions";

/** A stored client: JSON columns parsed, the currency checked against the list (toRecord). */
export type ClientRecord = ClientProfileFields & {
  currency: Currency;
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

/** The columns the app reads as enumerations or JSON, as insertClient and updateClientOrThrow write them. */
const storedColumnsSchema = z.object({
  homeMarket: z.enum(HOME_MARKETS),
  currency: z.enum(CURRENCIES),
  excludedRegions: jsonText(z.array(z.enum(REGIONS))),
  currentAllocation: jsonText(allocationSchema).nullable(),
});

/** @throws AppError DATA_CORRUPT when a column does not hold what toData writes (logged with the id) */
export function toRecord(row: Row): ClientRecord {
  const { nameSearch: _ignored, homeMarket, currency, excludedRegions, currentAllocation, ...rest } = row;
  void _ignored;
  const stored = { homeMarket, currency, excludedRegions, currentAllocation };
  return { ...rest, ...parseStoredRow(storedColumnsSchema, stored, { table: "Client", id: row.id }) };
}

/**
 * The columns for a client's fields, named one by one (a caller's object may carry more, e.g. an id);
 * `nameSearch` is what the list's search matches (lib/db/client-list.ts).
 */
function toData(fields: ClientProfileFields) {
  return {
    name: fields.name,
    nameSearch: `${fields.name} ${fields.email ?? ""}`.toLowerCase(),
    email: fields.email,
    homeMarket: fields.homeMarket,
    riskTolerance: fields.riskTolerance,
    horizonYears: fields.horizonYears,
    investableAssets: fields.investableAssets,
    currency: fields.currency,
    maxFeeBps: fields.maxFeeBps,
    excludedRegions: JSON.stringify(fields.excludedRegions),
    maxSmallCapShare: fields.maxSmallCapShare,
    passiveOnly: fields.passiveOnly,
    currentAllocation: serialiseAllocation(fields.currentAllocation),
    notes: fields.notes,
  };
}

function serialiseAllocation(a: CurrentAllocation | null): string | null {
  return a ? JSON.stringify(a) : null;
}

/**
 * The advisor's own client. Memoised for the server request (React `cache`): a client's page reads it in
 * its loader and again in the proposal service, which then costs one query; outside a request it is a plain call.
 * @throws AppError NOT_FOUND when the client does not exist or belongs to another advisor
 */
export const getClientOrThrow = cache(async (advisorId: string, id: string): Promise<ClientRecord> => {
  const row = await db.client.findFirst({ where: { id, advisorId } });
  if (!row) throw new AppError("NOT_FOUND");
  return toRecord(row);
});

/** Creates the client and its "client_created" activity in one transaction. */
export async function insertClient(advisorId: string, fields: ClientProfileFields): Promise<ClientRecord> {
  return db.$transaction(async (tx) => {
    const client = toRecord(await tx.client.create({ data: { advisorId, ...toData(fields) } }));
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
export async function updateClientOrThrow(advisorId: string, id: string, expectedVersion: number, fields: ClientProfileFields): Promise<ClientRecord> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.client.updateMany({
      where: { id, advisorId, version: expectedVersion },
      data: { ...toData(fields), version: { increment: 1 } },
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
