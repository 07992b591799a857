import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { makeAdvisor } from "./helpers/fixtures";
import type { SessionUser } from "@/lib/auth/session";
import { importDataFile } from "@/lib/services/datasets/import-file";
import { compareGapSnapshots } from "@/lib/services/research/gap-compare";
import { listGapSnapshots } from "@/lib/services/research/gap-snapshots";
import { describeWithSharedData, SHARED_DATA_DIR } from "../helpers/shared-data";

/**
 * The information-gap page and `npm run research -- gap --holdings F --json` read one holdings file the same
 * way: the file imported as an admin uploads it, then the page's service, against the CLI spawned as
 * `npm run research` runs it (tsx), on whichever database this run uses.
 */

const TSX = path.resolve(process.cwd(), "node_modules/.bin/tsx");

describeWithSharedData("information gap: the page equals the CLI", () => {
  const FILES = ["holdings/IWM_holdings_2025-11-05.csv", "holdings/IWC_holdings_2026-01-20.csv"];
  let admin: SessionUser;

  beforeAll(async () => {
    admin = await makeAdvisor("ADMIN");
  });

  test.each(FILES)("%s: every metric the page shows is the CLI's", { timeout: 120_000 }, async (relative) => {
    const file = path.join(SHARED_DATA_DIR, relative);
    const imported = await importDataFile({ bytes: readFileSync(file), fileName: path.basename(file), firmId: admin.firmId, importedById: admin.id, options: {}, activate: false });
    expect(imported.kind).toBe("snapshots");
    const options = (await listGapSnapshots(admin.firmId)).filter((o) => o.key.startsWith(`${imported.id}.`));
    expect(options).toHaveLength(1);
    const page = await compareGapSnapshots({ firmId: admin.firmId, keys: [options[0]!.key] });

    const run = spawnSync(TSX, ["scripts/research.ts", "gap", "--holdings", file, "--json"], {
      encoding: "utf8",
      cwd: process.cwd(),
      env: { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG: "C.UTF-8" },
    });
    expect(run.status, run.stderr).toBe(0);
    const cli = JSON.parse(run.stdout) as Record<string, unknown>;
    // The page's metrics as they would travel as JSON (the CLI's form), compared whole: every key and value.
    const metrics = JSON.parse(JSON.stringify(page.columns[0]!.metrics)) as Record<string, unknown>;
    expect(Object.keys(metrics).sort()).toEqual(Object.keys(cli).sort());
    expect(metrics).toEqual(cli);
    // Not two empty answers: the file's holdings were read.
    expect((cli as { constituentCount: number }).constituentCount).toBeGreaterThan(100);
  });
});
