import { db } from "./prisma";

export type ImportFirm = { id: string; name: string; actor: { id: string; name: string } };

export type ImportFirmChoice = { ok: true; firm: ImportFirm } | { ok: false; reason: "no_such_firm" | "choose_firm" | "no_users" };

/**
 * The firm the import CLI loads data for, and the user it acts as (named on each dataset and activity row:
 * the firm's first admin, else its first user). `--firm <id>` names it; without it, the only firm, else the
 * demo firm by name; else the operator must choose.
 */
export async function resolveImportFirm(firmId: string | null, demoFirmName: string): Promise<ImportFirmChoice> {
  let firm: { id: string; name: string } | null;
  if (firmId) {
    firm = await db.firm.findUnique({ where: { id: firmId }, select: { id: true, name: true } });
    if (!firm) return { ok: false, reason: "no_such_firm" };
  } else {
    const firms = await db.firm.findMany({ select: { id: true, name: true }, take: 2, orderBy: { createdAt: "asc" } });
    firm = firms.length === 1 ? firms[0]! : await db.firm.findFirst({ where: { name: demoFirmName }, select: { id: true, name: true }, orderBy: { createdAt: "asc" } });
    if (!firm) return { ok: false, reason: "choose_firm" };
  }
  const actor =
    (await db.user.findFirst({ where: { firmId: firm.id, role: "ADMIN" }, select: { id: true, name: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] })) ??
    (await db.user.findFirst({ where: { firmId: firm.id }, select: { id: true, name: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }));
  if (!actor) return { ok: false, reason: "no_users" };
  return { ok: true, firm: { ...firm, actor } };
}
