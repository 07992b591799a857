import { spawnSync } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { makeAdvisor, seedMarketData } from "./helpers/fixtures";
import { insertDataset, listDatasets } from "@/lib/db/datasets";
import { parseFrenchFactors } from "@/lib/data/french-factors";
import { frenchFactorsToJson } from "@/lib/data/french-factors-json";
import { parseFrenchFile } from "@/lib/data/french-size";
import { frenchFileToJson } from "@/lib/market/stored-payloads";
import type { ConstituentSnapshot } from "@/lib/market/types";
import { loadFrenchResearch } from "@/lib/services/research/french-research";
import { compareGapSnapshots } from "@/lib/services/research/gap-compare";
import { listGapSnapshots } from "@/lib/services/research/gap-snapshots";
import type { FrenchJson } from "@/scripts/lib/research-run";
import { describeWithSharedData, readShared, SHARED_DATA_DIR } from "../helpers/shared-data";

const SIZE = "french/Portfolios_Formed_on_ME.csv";
const US = "french/F-F_Research_Data_Factors_monthly_through_202511.csv";

/** The research CLI, spawned as `npm run research` runs it. */
function cli(args: string[]): FrenchJson {
  const run = spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/research.ts", ...args], { encoding: "utf8", env: { ...process.env, LANG: "C.UTF-8" } });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as FrenchJson;
}

/** A firm's French datasets as the import stores them (payloads of lib/services/datasets/file-datasets.ts). */
async function importFrench(firmId: string) {
  const size = parseFrenchFile(readShared(SIZE));
  const factors = parseFrenchFactors(readShared(US), path.basename(US));
  if (!size.ok || !factors.ok) throw new Error("the shared French files no longer parse");
  const common = { source: "Kenneth R. French Data Library", asOf: null, synthetic: false, firmId };
  await insertDataset({ ...common, kind: "french_size", name: "Portfolios Formed on ME", vintage: "202602 CRSP", fileName: path.basename(SIZE), payload: frenchFileToJson(size.value) });
  await insertDataset({ ...common, kind: "french_factors", name: "F-F Research Data Factors", vintage: "unknown", fileName: path.basename(US), payload: frenchFactorsToJson(factors.value) });
}

describeWithSharedData("the French research page's figures equal the research CLI's", () => {
  test.each([
    ["a chosen period", "2000-01", "2024-12"],
    ["the whole file", null, null],
  ])("%s", { timeout: 120_000 }, async (_label, from, to) => {
    const user = await makeAdvisor();
    await importFrench(user.firmId);
    const page = await loadFrenchResearch({ firmId: user.firmId, range: { from, to } });
    const flags = [...(from ? ["--from", from] : []), ...(to ? ["--to", to] : [])];
    const json = cli(["french", "--file", path.join(SHARED_DATA_DIR, SIZE), "--factors", path.join(SHARED_DATA_DIR, US), ...flags, "--json"]);
    if (!page.deciles?.study.ok) throw new Error("the page has no study");
    const study = page.deciles.study.value;
    expect({ vintage: study.vintage, period: study.period, deciles: study.deciles }).toEqual(json);
    expect(page.deciles.dataset).toMatchObject({ fileName: "Portfolios_Formed_on_ME.csv", vintage: "202602 CRSP" });
    expect(page.riskFree?.fileName).toBe(path.basename(US));
    expect(page.smb.map((s) => s.stats.region)).toEqual(["US"]);
  });

  test("another firm's datasets are not read: its page is the empty state", async () => {
    const owner = await makeAdvisor();
    await importFrench(owner.firmId);
    const outsider = await makeAdvisor("ADMIN");
    const page = await loadFrenchResearch({ firmId: outsider.firmId, range: { from: null, to: null } });
    expect(page.deciles).toBeNull();
    expect(page.riskFree).toBeNull();
    expect(page.smb).toEqual([]);
  });
});

const SNAPSHOT: ConstituentSnapshot = {
  id: "import:other.csv",
  label: "Other firm's fund",
  source: "Other firm's holdings export",
  asOf: "2030-01-02",
  region: "US",
  size: "small",
  synthetic: false,
  hasAnalysts: false,
  hasProfitable: false,
  // weights 0.5, 0.3, 0.2 → top-10 share 1, largest 0.5, Herfindahl 0.25 + 0.09 + 0.04 = 0.38
  constituents: [
    { ticker: "AAA", name: "A", sector: "Energy", country: "United States", weight: 0.5, marketValue: null },
    { ticker: "BBB", name: "B", sector: "Energy", country: "United States", weight: 0.3, marketValue: null },
    { ticker: "CCC", name: "C", sector: "Utilities", country: "Canada", weight: 0.2, marketValue: null },
  ],
};

describe("information-gap comparison", () => {
  beforeAll(seedMarketData);

  test("compares the firm's snapshot with a demo segment; another firm's snapshot key is NOT_FOUND, like a missing one", async () => {
    const owner = await makeAdvisor();
    const outsider = await makeAdvisor();
    const own = await insertDataset({ kind: "snapshots", name: "Own fund", source: SNAPSHOT.source, vintage: "2030-01-02", asOf: "2030-01-02", synthetic: false, firmId: owner.firmId, payload: [SNAPSHOT] });
    const demo = (await listDatasets(owner.firmId, "snapshots")).find((d) => d.synthetic)!;

    const options = await listGapSnapshots(owner.firmId);
    expect(options[0]).toMatchObject({ key: `${own.id}.0`, label: SNAPSHOT.label, constituents: 3 });
    expect(options.some((o) => o.key === `${demo.id}.0` && o.synthetic)).toBe(true);

    const result = await compareGapSnapshots({ firmId: owner.firmId, keys: [`${own.id}.0`, `${demo.id}.0`] });
    expect(result.columns.map((c) => c.key)).toEqual([`${own.id}.0`, `${demo.id}.0`]);
    const m = result.columns[0]!.metrics;
    expect(m.top10Share).toEqual({ status: "ok", value: 1 });
    expect(m.largestWeight).toEqual({ status: "ok", value: 0.5 });
    expect(m.herfindahl.status === "ok" && m.herfindahl.value).toBeCloseTo(0.38, 12);
    expect(result.references.length).toBeGreaterThan(0);

    for (const keys of [[`${own.id}.0`, `${demo.id}.0`], [`c${"0".repeat(24)}.0`, `${demo.id}.0`], [`${own.id}.1`, `${demo.id}.0`]]) {
      await expect(compareGapSnapshots({ firmId: outsider.firmId, keys: keys.reverse() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect((await listGapSnapshots(outsider.firmId)).some((o) => o.key.startsWith(own.id))).toBe(false);
  });
});
