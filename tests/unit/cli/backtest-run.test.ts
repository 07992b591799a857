import { describe, expect, it, test } from "vitest";
import { EXIT, runBacktestCli, type CliIo } from "@/scripts/lib/backtest-run";
import type { BacktestJson } from "@/scripts/lib/backtest-output";
import { readFixture } from "../data/helpers";

/**
 * Runs the CLI in-process on fixture files (text is stored as UTF-8 bytes); the clock advances 1 ms per call.
 * The locale environment is English unless a test gives one.
 */
async function run(argv: string[], files: Record<string, string | Uint8Array> = { "small.csv": readFixture("panel-small.csv") }, env: Record<string, string> = { LANG: "C.UTF-8" }) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  let clock = 0;
  const io: CliIo = {
    readFile: (path) => {
      const content = files[path];
      if (content === undefined) throw new Error("ENOENT: no such file");
      return typeof content === "string" ? Buffer.from(content, "utf8") : content;
    },
    writeFile: (path, text) => (written[path] = text),
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    now: () => clock++,
    env,
  };
  const code = await runBacktestCli(argv, io);
  return { code, stdout: out.join(""), stderr: err.join(""), written };
}

// Runs once, before the tests below read it.
const result = await run(["--panel", "small.csv", "--buckets", "0-0.5,0.5-1", "--weighting", "cap"]);

describe("runBacktestCli on tests/fixtures/data/panel-small.csv", () => {
  // Fixture by hand: May ends 2019–2021; A, B, C common (P preferred, excluded); C exits in 2021 with +20%.
  // Window 1 caps 300/100/50, returns 0.1/0.3/−0.2 → cap (30 + 30 − 10)/450 = 0.1111…, equal 0.2/3.
  // Window 2 caps 330/130/40, returns 0.1/−0.1/0.2 → cap (33 − 13 + 8)/500 = 0.056, equal 0.2/3.
  // Bucket [0.5, 1] holds B and C (p = 0.5, 0.833): cap 20/150 = 0.1333…, then −5/170 = −0.02941….
  // CAGR and sample stdev by python3: market cap √(1.1111… × 1.056) − 1 = 0.08320512061812813, stdev
  // 0.03896944038539195; bucket [0.5, 1] cap: CAGR 0.04880884817015141, stdev 0.11507816242839891.
  const json = JSON.parse(result.stdout) as BacktestJson;

  it("writes the JSON contract to stdout and exits 0", async () => {
    expect(result.code).toBe(EXIT.OK);
    expect(Object.keys(json)).toEqual(["rebalanceDates", "results", "market", "timings"]);
    expect(json.rebalanceDates).toEqual(["2019-05-31", "2020-05-31", "2021-05-31"]);
    expect(json.results.map((r) => [r.bucket, r.weighting])).toEqual([
      [{ from: 0, to: 0.5 }, "cap"],
      [{ from: 0.5, to: 1 }, "cap"],
    ]);
    expect(json.market.map((m) => m.weighting)).toEqual(["cap", "equal"]);
    expect(json.timings).toEqual({ parseMs: 1, computeMs: 1 });
  });

  it("matches the hand-computed returns and statistics", async () => {
    const market = json.market[0];
    expect(market?.returns[0]).toBeCloseTo(50 / 450, 12);
    expect(market?.returns[1]).toBeCloseTo(0.056, 12);
    expect(market?.stats.cagr).toBeCloseTo(0.08320512061812813, 12);
    expect(market?.stats.volatility).toBeCloseTo(0.03896944038539195, 12);
    const small = json.results[1];
    expect(small?.returns).toEqual([expect.closeTo(20 / 150, 12), expect.closeTo(-5 / 170, 12)]);
    expect(small?.stats.cagr).toBeCloseTo(0.04880884817015141, 12);
    expect(small?.stats.volatility).toBeCloseTo(0.11507816242839891, 12);
    expect(Object.keys(small?.stats ?? {})).toEqual(expect.arrayContaining(["cagr", "volatility", "sharpe", "returnRisk", "maxDrawdown"]));
  });

  it("serialises rank buckets as fromRank/toRank and writes --out instead of stdout", async () => {
    const ranked = await run(["--panel", "small.csv", "--buckets", "krx", "--out", "r.json"]);
    expect(ranked.stdout).toBe("");
    const written = JSON.parse(ranked.written["r.json"] ?? "{}") as BacktestJson;
    expect(written.results[0]?.bucket).toEqual({ fromRank: 1, toRank: 100 });
    expect(written.results.at(-1)?.bucket).toEqual({ fromRank: 301, toRank: null });
  });

  it("prints the study's table with both survivorship modes", async () => {
    const table = await run(["--panel", "small.csv", "--format", "table", "--weighting", "cap"]);
    expect(table.code).toBe(EXIT.OK);
    expect(table.stdout).toContain("after correction (total_loss)");
    expect(table.stdout).toContain("before (last_available)");
    expect(table.stdout).toMatch(/cap-weighted\s+8\.3%\s+3\.9%\s+2\.14/);
  });
});

describe("runBacktestCli failures", () => {
  it("names the file's line and column, imports nothing, and exits 1", async () => {
    const bad = await run(["--panel", "bad.csv"], { "bad.csv": readFixture("panel-bad-cap.csv") });
    expect(bad.code).toBe(EXIT.FAILED);
    expect(bad.stderr).toBe('bad.csv: Line 4, column "market_cap": must be >= 0: "-5"\nNothing was back-tested.\n');
    expect(bad.stdout).toBe("");
  });

  // The same error through the same renderer (components/data/import-error-text.ts) in Korean.
  const korean = 'bad.csv: 4행, "market_cap" 열: 0 이상이어야 합니다: "-5"\n백테스트를 실행하지 않았습니다.\n';
  test.each([
    ["--lang ko", ["--lang", "ko"], { LANG: "C.UTF-8" }, korean],
    ["LANG=ko_KR.UTF-8", [], { LANG: "ko_KR.UTF-8" }, korean],
    ["LC_ALL=ko_KR.UTF-8 over LANG=en_US.UTF-8", [], { LC_ALL: "ko_KR.UTF-8", LANG: "en_US.UTF-8" }, korean],
    ["--lang en over LANG=ko_KR.UTF-8", ["--lang", "en"], { LANG: "ko_KR.UTF-8" }, 'bad.csv: Line 4, column "market_cap": must be >= 0: "-5"\nNothing was back-tested.\n'],
  ])("words the errors in the language of %s", async (_, flags, env, expected) => {
    const bad = await run(["--panel", "bad.csv", ...flags], { "bad.csv": readFixture("panel-bad-cap.csv") }, env);
    expect(bad.code).toBe(EXIT.FAILED);
    expect(bad.stderr).toBe(expected);
  });

  it("refuses a file that is not UTF-8, naming the line of the first bad byte", async () => {
    const latin1 = Buffer.from("id,date,market_cap,return,sector\nA,2020-05-31,1,,Mat\xe9riaux\n", "latin1");
    const bad = await run(["--panel", "latin1.csv"], { "latin1.csv": latin1 });
    expect(bad.code).toBe(EXIT.FAILED);
    expect(bad.stderr).toContain("latin1.csv: Line 2: not UTF-8: byte 0xE9 at byte 20 of this line");
  });

  it("prints every error the importer kept, then the total", async () => {
    const rows = Array.from({ length: 150 }, (_, i) => `S${i},2020-05-31,-1,`);
    const bad = await run(["--panel", "many.csv"], { "many.csv": ["id,date,market_cap,return", ...rows].join("\n") });
    const lines = bad.stderr.trim().split("\n");
    expect(lines.filter((l) => l.startsWith("many.csv: Line "))).toHaveLength(100);
    expect(lines.slice(-2)).toEqual(["many.csv: …and 50 more errors (150 in all)", "Nothing was back-tested."]);
  });

  it("names the flag and exits 2", async () => {
    const bad = await run(["--panel", "small.csv", "--weighting", "value"]);
    expect(bad.code).toBe(EXIT.USAGE);
    expect(bad.stderr).toContain("--weighting: must be cap, equal, sqrt or all");
  });

  it("names --panel when the file cannot be read", async () => {
    expect((await run(["--panel", "missing.csv"])).stderr).toContain("--panel: cannot read missing.csv");
  });

  it("reports the engine's refusal (one rebalance date in the month asked for)", async () => {
    const bad = await run(["--panel", "small.csv", "--rebalance-month", "6"]);
    expect(bad.code).toBe(EXIT.FAILED);
    expect(bad.stderr).toContain("runSizeBacktest");
  });
});
