import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { describeWithSharedData, SHARED_DATA_DIR } from "../helpers/shared-data";

/**
 * `npm run import -- --dir` as an operator runs it: a child process on its own temporary SQLite database
 * (migrated and seeded with the demo firm), on a folder holding a few of the public files, an unknown file and
 * a holdings file with a bad row. The printed table and the exit code are what is checked.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
let work: string;
let env: NodeJS.ProcessEnv;

function runImport(...args: string[]) {
  const result = spawnSync("npx", ["tsx", "scripts/import-data.ts", ...args], { cwd: ROOT, env, encoding: "utf8", timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The table's line for a file (the path as printed, relative to the folder). */
const lineOf = (stdout: string, file: string) => stdout.split("\n").find((l) => l.startsWith(`${file} `)) ?? "";

describeWithSharedData("import CLI --dir", () => {
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), "smallcap-cli-"));
    env = { ...process.env, DATABASE_URL: `file:${path.join(work, "cli.db")}`, LANG: "en_US.UTF-8", LC_ALL: "", LC_MESSAGES: "" };
    execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: ROOT, env, stdio: "pipe" });
    execFileSync("npx", ["tsx", "scripts/db/seed.ts"], { cwd: ROOT, env, stdio: "pipe" });
    const copy = (from: string, to: string) => {
      mkdirSync(path.dirname(path.join(work, to)), { recursive: true });
      copyFileSync(from, path.join(work, to));
    };
    const good = path.join(work, "good");
    copy(path.join(SHARED_DATA_DIR, "french/Europe_3_Factors_202510.csv"), "good/Europe_3_Factors_202510.csv");
    copy(path.join(SHARED_DATA_DIR, "korea/KRX_KOSDAQ_SmallCap_QGZ03P_constituents_commit-2026-02-13.csv"), "good/korea/KRX_KOSDAQ_SmallCap_QGZ03P_constituents_commit-2026-02-13.csv");
    copy(path.join(SHARED_DATA_DIR, "holdings/IWM_holdings_2025-11-05.csv"), "good/holdings/IWM_holdings_2025-11-05.csv");
    copy(path.join(SHARED_DATA_DIR, "holdings/IWM_holdings_2026-05-05.csv"), "good/holdings/IWM_holdings_2026-05-05.csv");
    writeFileSync(path.join(good, "notes.txt"), "Downloaded from the public sites listed in SOURCES.md.\n");
    copy(path.join(ROOT, "tests/fixtures/data/ishares-bad-weight.csv"), "bad/IWM_bad.csv");
    copy(path.join(SHARED_DATA_DIR, "french/Japan_5_Factors_202512.csv"), "bad/Japan_5_Factors_202512.csv");
  }, 180_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test("imports every recognised file, activates the newest per slot, lists the unknown file, exits 0", () => {
    const { status, stdout } = runImport("--dir", path.join(work, "good"));
    expect(status, stdout).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toMatch(/^File\s+Kind\s+As of \/ vintage\s+Rows\s+Outcome$/);
    expect(lineOf(stdout, "Europe_3_Factors_202510.csv")).toMatch(/French factors\s+202510 Bloomberg\s+458\s+imported; active for Europe large caps returns; Europe small caps returns$/);
    expect(lineOf(stdout, "korea/KRX_KOSDAQ_SmallCap_QGZ03P_constituents_commit-2026-02-13.csv")).toMatch(/KRX constituents\s+2026-02-13\s+1,334\s+imported; active for Korea KOSDAQ small caps constituents$/);
    // Two snapshots of the same fund: the newer one stands for US small caps, the older one is kept.
    expect(lineOf(stdout, "holdings/IWM_holdings_2026-05-05.csv")).toMatch(/iShares holdings\s+2026-05-05\s+1,924\s+imported; active for US small caps constituents$/);
    expect(lineOf(stdout, "holdings/IWM_holdings_2025-11-05.csv")).toMatch(/2025-11-05\s+1,962\s+imported; newer data fills its places$/);
    expect(lineOf(stdout, "notes.txt")).toMatch(/not recognised\s+not recognised; skipped$/);
    expect(stdout).toContain("4 of 5 files imported for Demo Wealth Partners; 4 places in its proposals use real data.");
  });

  test("a recognised file with errors is listed with its first errors; the others are imported; exit 1 at the end", () => {
    const { status, stdout, stderr } = runImport("--dir", path.join(work, "bad"), "--lang", "ko");
    expect(status).toBe(1);
    expect(stdout.split("\n")[0]).toMatch(/^파일\s+종류\s+기준일 \/ 버전\s+행 수\s+결과$/);
    expect(lineOf(stdout, "IWM_bad.csv")).toMatch(/iShares 보유 종목\s+가져오지 않음\(아래 오류 참조\)$/);
    expect(lineOf(stdout, "Japan_5_Factors_202512.csv")).toMatch(/202512 Bloomberg\s+461\s+가져옴, 사용처: 일본 대형주 수익률; 일본 소형주 수익률$/);
    expect(stdout).toMatch(/^IWM_bad\.csv: \d+행, "Weight \(%\)" 열:/m);
    expect(stderr).toContain("인식된 파일 1개에 오류가 있어 아무것도 저장하지 않았습니다.");
  });

  test("without a folder it says so and exits 1", () => {
    const { status, stderr } = runImport("--dir", path.join(work, "missing"));
    expect(status).toBe(1);
    expect(stderr).toContain("is not a folder");
  });
});
