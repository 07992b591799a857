import type { Prisma } from "../../generated/sqlite";
import { db } from "./prisma";

export type ActivityKind =
  | "client_created"
  | "client_updated"
  | "client_archived"
  | "client_restored"
  | "scenario_saved"
  | "dataset_imported"
  | "dataset_activated"
  | "dataset_slot_demo"
  | "dataset_deleted";

/** The Prisma client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;

export type ActivityEntry = { advisorId: string; kind: ActivityKind; summary: string; clientId: string | null };

/**
 * Writes one activity row with the transaction of the change it describes (lib/db/clients.ts,
 * lib/db/scenarios.ts), so a change is never stored without its row, nor a row without its change.
 */
export async function recordActivity(tx: Tx, entry: ActivityEntry): Promise<void> {
  await tx.activity.create({ data: entry });
}

export async function recentActivity(advisorId: string, take = 10) {
  return db.activity.findMany({ where: { advisorId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take });
}
