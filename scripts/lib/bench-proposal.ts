import { execFileSync } from "node:child_process";
import path from "node:path";
import { median } from "./bench-timing";
import type { Phase } from "./bench-types";

const PROPOSAL_TARGET_MS = 100;

/** Untimed: a fresh SQLite file with the schema applied by the app's own migration command. */
export function prepareProposalDb(dir: string): void {
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${path.join(dir, "bench.db")}` },
    stdio: "pipe",
  });
}

/**
 * One generateProposal as the server action runs it (client lookup with its ownership check, market data
 * from the Dataset table, allocation model, sleeve back-test, information-gap metrics) against the demo
 * data in a SQLite file. The modules are imported after DATABASE_URL is set, since the Prisma client
 * binds to it when first loaded.
 */
export async function runProposalCase(dir: string): Promise<Phase[]> {
  process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
  const { db } = await import("../../lib/db/prisma");
  const { insertDataset } = await import("../../lib/db/datasets");
  const { insertMissingReferenceFigures } = await import("../../lib/db/reference-figures");
  const { demoDatasets } = await import("../../lib/demo/demo-datasets");
  const { generateProposal } = await import("../../lib/services/proposal/generate-proposal");
  const { DEFAULT_ASSUMPTIONS } = await import("../../lib/validation/proposal");

  for (const d of demoDatasets()) await insertDataset({ ...d, firmId: null });
  await insertMissingReferenceFigures();
  const firm = await db.firm.create({ data: { name: "Bench" } });
  const user = await db.user.create({ data: { firmId: firm.id, email: "bench@example.com", name: "Bench", passwordHash: "-" } });
  const client = await db.client.create({
    data: { advisorId: user.id, name: "Bench client", nameSearch: "bench client", homeMarket: "KOREA", riskTolerance: 4, horizonYears: 20, investableAssets: 1e9, currency: "KRW" },
  });
  const once = async (risk: number) => {
    const start = performance.now();
    await generateProposal({ advisorId: user.id, firmId: firm.id, clientId: client.id, assumptions: { ...DEFAULT_ASSUMPTIONS, riskTolerance: risk } });
    return performance.now() - start;
  };
  const cold = await once(4);
  const warm: number[] = [];
  for (let i = 0; i < 9; i++) warm.push(await once(1 + (i % 5)));
  await db.$disconnect();
  return [
    { name: "generateProposal (first call: loads and parses the datasets)", ms: cold, targetMs: PROPOSAL_TARGET_MS },
    { name: "generateProposal (median of 9 more, datasets cached)", ms: median(warm), targetMs: PROPOSAL_TARGET_MS },
  ];
}
