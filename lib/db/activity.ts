import { db } from "./prisma";

export type ActivityKind =
  | "client_created"
  | "client_updated"
  | "client_archived"
  | "client_restored"
  | "scenario_saved";

export async function recordActivity(advisorId: string, kind: ActivityKind, summary: string, clientId?: string) {
  await db.activity.create({ data: { advisorId, kind, summary, clientId: clientId ?? null } });
}

export async function recentActivity(advisorId: string, take = 10) {
  return db.activity.findMany({ where: { advisorId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take });
}
