/**
 * Demo data: a firm with one admin and two advisors, a few clients each, the article's reference figures, the
 * synthetic data sets and a few saved scenarios.
 * Idempotent: fixed ids and upserts, and nothing an admin or advisor edited is overwritten.
 */
import { db } from "../../lib/db/prisma";
import { hashPassword } from "../../lib/auth/password";
import { DEMO_FIRM, DEMO_PASSWORD, DEMO_USERS } from "../../lib/demo/accounts";
import { DEMO_CLIENTS } from "../../lib/demo/clients";
import { insertMissingReferenceFigures } from "../../lib/db/reference-figures";
import { seedDemoDatasets } from "./seed-datasets";
import { seedDemoScenarios } from "./seed-scenarios";

const FIRM_ID = "demo-firm";

async function main() {
  await db.firm.upsert({ where: { id: FIRM_ID }, create: { id: FIRM_ID, name: DEMO_FIRM }, update: {} });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids: Record<string, string> = {};
  for (const u of DEMO_USERS) {
    const user = await db.user.upsert({
      where: { email: u.email },
      create: { email: u.email, name: u.name, role: u.role, locale: u.locale, passwordHash, firmId: FIRM_ID },
      update: {},
    });
    ids[u.email] = user.id;
  }
  let created = 0;
  for (const c of DEMO_CLIENTS) {
    const advisorId = ids[c.advisorEmail];
    if (!advisorId) throw new Error(`seed: unknown advisor ${c.advisorEmail}`);
    const exists = await db.client.findUnique({ where: { id: c.id }, select: { id: true } });
    if (exists) continue;
    const { advisorEmail: _a, excludedRegions, currentAllocation, ...fields } = c;
    void _a;
    await db.client.create({
      data: {
        ...fields,
        advisorId,
        nameSearch: `${c.name} ${c.email ?? ""}`.toLowerCase(),
        excludedRegions: JSON.stringify(excludedRegions),
        currentAllocation: currentAllocation ? JSON.stringify(currentAllocation) : null,
      },
    });
    await db.activity.create({ data: { advisorId, clientId: c.id, kind: "client_created", summary: c.name } });
    created++;
  }
  const figures = await insertMissingReferenceFigures();
  const datasets = await seedDemoDatasets();
  // Proposals need the data sets and reference figures above.
  const versions = await seedDemoScenarios(ids, FIRM_ID);
  console.log(`seed: ${DEMO_USERS.length} users, ${created} new clients, ${figures} new reference figures, ${datasets} new datasets, ${versions} new scenario versions`);
}

main()
  .then(() => db.$disconnect())
  .catch(async (error) => {
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  });
