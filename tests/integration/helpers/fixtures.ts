import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/prisma";
import { hashPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session";
import { BLANK_CLIENT_FORM, type ClientFormValues } from "@/lib/validation/client";
import { insertDataset } from "@/lib/db/datasets";
import { insertMissingReferenceFigures } from "@/lib/db/reference-figures";
import { demoDatasets } from "@/lib/demo/demo-datasets";

/** Each test makes its own firm and users, so tests never depend on each other's rows. */
export async function makeAdvisor(role: "ADMIN" | "ADVISOR" = "ADVISOR", password = "correct horse"): Promise<SessionUser> {
  const tag = randomUUID().slice(0, 8);
  const firm = await db.firm.create({ data: { name: `Firm ${tag}` } });
  const user = await db.user.create({
    data: { firmId: firm.id, email: `u-${tag}@example.com`, name: `User ${tag}`, role, passwordHash: await hashPassword(password) },
  });
  return { id: user.id, firmId: firm.id, email: user.email, name: user.name, role, locale: "en" };
}

/** A valid client as the form sends it: the new-client form's values with a name and assets filled in. */
export function clientValues(overrides: Partial<ClientFormValues> = {}): ClientFormValues {
  return { ...BLANK_CLIENT_FORM, name: "Test Client", investableAssets: 500000, ...overrides };
}

/**
 * The demo market (global datasets) and the article's reference figures, once per database: what proposals and
 * saved scenarios are computed from.
 */
export async function seedMarketData(): Promise<void> {
  if ((await db.dataset.count({ where: { firmId: null } })) === 0) for (const d of demoDatasets()) await insertDataset({ ...d, firmId: null });
  await insertMissingReferenceFigures();
}
