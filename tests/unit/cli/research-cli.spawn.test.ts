import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { FrenchJson } from "@/scripts/lib/research-run";
import { describeWithSharedData, SHARED_DATA_DIR } from "../../helpers/shared-data";
import { plainCagr, plainSection, plainStdev } from "../../helpers/plain-french";
import { readShared } from "../../helpers/shared-data";
import { frenchText, row } from "../research/french-text";

/** scripts/research.ts spawned as `npm run research` runs it (tsx), English errors. */
const TSX = path.resolve(process.cwd(), "node_modules/.bin/tsx");
const tmp = mkdtempSync(path.join(tmpdir(), "research-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function research(args: string[]) {
  const env = { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG: "C.UTF-8" };
  const result = spawnSync(TSX, ["scripts/research.ts", ...args], { encoding: "utf8", cwd: process.cwd(), env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Lo 10 value-weighted +10%, −10%, 0%; RF 1% a month (the hand case of tests/unit/research/decile-stats.test.ts).
const SIZE = path.join(tmp, "Portfolios_Formed_on_ME.csv");
writeFileSync(
  SIZE,
  frenchText([
    { title: "Average Value Weight Returns -- Monthly", rows: { "2000-01": row(10, 1, 2), "2000-02": row(-10, 1, 2), "2000-03": row(0, 1, 2) } },
    { title: "Average Equal Weighted Returns -- Monthly", rows: { "2000-01": row(20, 1, 2), "2000-02": row(-20, 1, 2), "2000-03": row(10, 1, 2) } },
  ]),
);
const FACTORS = path.join(tmp, "F-F_Research_Data_Factors.csv");
writeFileSync(FACTORS, [",Mkt-RF,SMB,HML,RF", "200001,1.00,0.50,0.20,1.00", "200002,1.00,0.50,0.20,1.00", "200003,1.00,0.50,0.20,1.00", ""].join("\n"));

describe("npm run research -- french", { timeout: 60_000 }, () => {
  it("prints exactly { vintage, period, deciles[] } with the hand-checked figures", () => {
    const run = research(["french", "--file", SIZE, "--factors", FACTORS, "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as FrenchJson;
    expect(Object.keys(json)).toEqual(["vintage", "period", "deciles"]);
    expect(json.vintage).toBe("202602 CRSP");
    expect(json.period).toEqual({ from: "2000-01", to: "2000-03", months: 3 });
    expect(json.deciles).toHaveLength(20);
    expect(json.deciles.map((d) => Object.keys(d))).toEqual(Array(20).fill(["name", "weighting", "months", "cagr", "volatility", "sharpe", "sharpeMonths"]));
    const lo = json.deciles[0]!;
    expect(lo).toMatchObject({ name: "Lo 10", weighting: "value", months: 3, sharpeMonths: 3 });
    expect(lo.cagr).toBeCloseTo(0.99 ** 4 - 1, 12); // (1.1 × 0.9 × 1.0)^(12/3) − 1
    expect(lo.volatility).toBeCloseTo(0.1 * Math.sqrt(12), 12);
    expect(lo.sharpe).toBeCloseTo(-Math.sqrt(12) / 10, 12); // excess mean −0.01, s 0.1
    expect(json.deciles[10]).toMatchObject({ name: "Lo 10", weighting: "equal" });
    expect(json.deciles.find((d) => d.name === "5-Dec")?.sharpe).toBeNull(); // constant returns: volatility 0
  });

  it("takes the period from --from/--to", () => {
    const json = JSON.parse(research(["french", "--file", SIZE, "--from", "2000-02", "--to", "2000-03", "--json"]).stdout) as FrenchJson;
    expect(json.period).toEqual({ from: "2000-02", to: "2000-03", months: 2 });
    expect(json.deciles[0]?.cagr).toBeCloseTo(0.9 ** 6 - 1, 12); // (0.9 × 1.0)^(12/2) − 1
  });

  it.each([
    [["french", "--file", SIZE, "--from", "2000-13", "--json"], "--from: must be a month YYYY-MM"],
    [["french", "--file", SIZE], "--json: is required"],
    [["french", "--file", SIZE, "--from", "2000-03", "--to", "2000-01", "--json"], "--to: must not be before --from"],
    [["french", "--file", SIZE, "--holdings", "x.csv", "--json"], "--holdings: not a flag of french"],
    [["backtest", "--json"], 'unknown command "backtest"'],
  ])("exits 2 naming the flag: %j", (args, message) => {
    const run = research(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it("exits 1 naming the file for a file it cannot use", () => {
    expect(research(["french", "--file", path.join(tmp, "missing.csv"), "--json"]).stderr).toContain("cannot read");
    const run = research(["french", "--file", FACTORS, "--json"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("F-F_Research_Data_Factors.csv: the file has no monthly value- and equal-weighted returns");
    const empty = research(["french", "--file", SIZE, "--from", "2010-01", "--json"]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain("no month of the file lies in the period");
  });
});

describeWithSharedData("npm run research on the real files", () => {
  it("french: the real decile file's figures equal plain loops over the same months", { timeout: 60_000 }, () => {
    const file = path.join(SHARED_DATA_DIR, "french/Portfolios_Formed_on_ME.csv");
    const run = research(["french", "--file", file, "--from", "1990-01", "--to", "2019-12", "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as FrenchJson;
    expect(json.period).toEqual({ from: "1990-01", to: "2019-12", months: 360 });
    const section = plainSection(readShared("french/Portfolios_Formed_on_ME.csv"), "Average Equal Weighted Returns -- Monthly");
    const picks = section.months.map((m, i) => [m, i] as const).filter(([m]) => m >= "1990-01" && m <= "2019-12").map(([, i]) => i);
    for (const name of ["Lo 10", "Hi 10"]) {
      const r = picks.map((i) => section.column(name)[i]!);
      const got = json.deciles.find((d) => d.name === name && d.weighting === "equal")!;
      expect(Math.abs(got.cagr! - plainCagr(r))).toBeLessThan(1e-9);
      expect(Math.abs(got.volatility! - plainStdev(r) * Math.sqrt(12))).toBeLessThan(1e-9);
    }
  });

  it("gap: the information-gap metrics of an iShares holdings file", { timeout: 60_000 }, () => {
    const run = research(["gap", "--holdings", path.join(SHARED_DATA_DIR, "holdings/IWM_holdings_2025-11-05.csv"), "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as Record<string, { status?: string; value?: number }> & { constituentCount: number; source: { asOf: string } };
    expect(json.source.asOf).toBe("2025-11-05");
    expect(json.constituentCount).toBeGreaterThan(1500);
    expect(json.top10Share?.status).toBe("ok");
    // 1 / Herfindahl, by definition
    expect(json.effectiveHoldings?.value).toBeCloseTo(1 / json.herfindahl!.value!, 9);
    expect(json.analystMean).toEqual({ status: "not_available", reason: "no_analysts_column" });
  });
});
