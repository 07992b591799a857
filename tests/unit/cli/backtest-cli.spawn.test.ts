import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { BacktestJson } from "@/scripts/lib/backtest-output";

/** The real scripts, spawned as `npm run backtest` would run them (tsx, no path aliases). */
const TSX = path.resolve(process.cwd(), "node_modules/.bin/tsx");
const FIXTURES = path.resolve(process.cwd(), "tests/fixtures/data");
const tmp = mkdtempSync(path.join(tmpdir(), "backtest-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The scripts word errors in the locale environment's language: English here unless a test says otherwise. */
function spawn(script: string, args: string[], locale: Record<string, string> = { LANG: "C.UTF-8" }) {
  const env = { ...process.env, LC_ALL: "", LC_MESSAGES: "", ...locale };
  const result = spawnSync(TSX, [`scripts/${script}`, ...args], { encoding: "utf8", cwd: process.cwd(), env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const withoutTimings = (text: string) => ({ ...(JSON.parse(text) as BacktestJson), timings: null });

describe("scripts/backtest.ts, spawned", { timeout: 60_000 }, () => {
  it("writes the JSON shape for a fixture panel", () => {
    const run = spawn("backtest.ts", ["--panel", path.join(FIXTURES, "panel-small.csv"), "--buckets", "deciles"]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as BacktestJson;
    expect(json.rebalanceDates).toHaveLength(3);
    expect(json.results).toHaveLength(10 * 3);
    expect(json.results[0]).toMatchObject({ bucket: { from: 0, to: 0.1 }, weighting: "cap" });
    expect(json.results[0]?.returns).toHaveLength(2);
    expect(Object.keys(json.results[0]?.stats ?? {})).toEqual(expect.arrayContaining(["cagr", "volatility", "sharpe", "returnRisk", "maxDrawdown"]));
    expect(json.market.map((m) => m.weighting)).toEqual(["cap", "equal", "sqrt"]);
    expect(Object.keys(json.timings)).toEqual(["parseMs", "computeMs"]);
  });

  it("exits 1 naming the row and column of a bad file", () => {
    const run = spawn("backtest.ts", ["--panel", path.join(FIXTURES, "panel-bad-cap.csv")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('panel-bad-cap.csv: Line 4, column "market_cap": must be >= 0: "-5"');
  });

  it("words the errors in Korean under LANG=ko_KR.UTF-8, with the same exit code", () => {
    const run = spawn("backtest.ts", ["--panel", path.join(FIXTURES, "panel-bad-cap.csv")], { LANG: "ko_KR.UTF-8" });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('panel-bad-cap.csv: 4행, "market_cap" 열: 0 이상이어야 합니다: "-5"');
    expect(run.stderr).toContain("백테스트를 실행하지 않았습니다.");
  });

  it("exits 2 naming a bad flag", () => {
    const run = spawn("backtest.ts", ["--panel", path.join(FIXTURES, "panel-small.csv"), "--format", "xml"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--format: must be json or table");
  });

  it("writes the same demo panel twice and back-tests it to identical results", () => {
    const [a, b] = [path.join(tmp, "a.csv"), path.join(tmp, "b.csv")];
    expect(spawn("write-demo-panel.ts", ["--out", a]).code).toBe(0);
    expect(spawn("write-demo-panel.ts", ["--out", b]).code).toBe(0);
    expect(readFileSync(a, "utf8")).toBe(readFileSync(b, "utf8"));
    const first = spawn("backtest.ts", ["--panel", a]);
    const second = spawn("backtest.ts", ["--panel", b]);
    expect(first.code).toBe(0);
    expect(withoutTimings(first.stdout)).toEqual(withoutTimings(second.stdout));
    expect(withoutTimings(first.stdout).rebalanceDates).toHaveLength(25);
  });
});
