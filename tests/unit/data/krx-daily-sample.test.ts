import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { parse } from "csv-parse/sync";
import { beforeAll, expect, test } from "vitest";
import { FATE, holdingOutcomes } from "../../../lib/backtest/holding-return";
import { buildPanel } from "../../../lib/backtest/panel";
import { runSizeBacktest } from "../../../lib/backtest/size-backtest";
import { convertKrxDaily, krxDailyInputFromBytes, type KrxPanel } from "../../../lib/data/krx-daily";
import { describeWithSharedData, SHARED_DATA_DIR } from "../../helpers/shared-data";
import { dailyParquet } from "./krx-daily-fixtures";

const SAMPLE = "korea/marcap-2025_partial_20250102-20250211.csv.gz";

/** The sample's raw rows, parsed by csv-parse (not the converter's reader), every cell a string. */
type Raw = Record<string, string>;

describeWithSharedData("KRX daily sample (marcap 2025-01-02 … 2025-02-11) → monthly panel", () => {
  let gz: Uint8Array;
  let raw: Raw[];
  let panel: KrxPanel;

  beforeAll(async () => {
    gz = new Uint8Array(readFileSync(path.join(SHARED_DATA_DIR, SAMPLE)));
    raw = parse(gunzipSync(gz), { columns: true }) as Raw[];
    const result = await convertKrxDaily([krxDailyInputFromBytes(SAMPLE, gz)], { period: "month" });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    panel = result.value;
  }, 60_000);

  test("January is complete and February partial (the file ends on 11 February)", () => {
    expect(raw).toHaveLength(71_708);
    expect(panel.securities).toHaveLength(2_877);
    expect(panel.periods.map((p) => [p.label, p.end, p.startsLate, p.endsEarly])).toEqual([
      ["2025-01", "2025-01-31", false, false],
      ["2025-02", "2025-02-11", false, true],
    ]);
    expect(panel.returnKind).toBe("price");
  });

  /** An independent loop over the raw rows of one code in January. */
  function january(code: string) {
    const rows = raw.filter((r) => r.Code === code && r.Date!.startsWith("2025-01"));
    let growth = 1;
    let amount = 0;
    for (const r of rows) {
      growth *= 1 + Number(r.ChagesRatio) / 100;
      amount += Number(r.Amount);
    }
    const last = rows.reduce((a, b) => (b.Date! > a.Date! ? b : a));
    return { days: rows.length, growth, amount, marcap: Number(last.Marcap), close: Number(last.Close), first: rows[0]! };
  }

  test.each([
    ["005930", false], // Samsung Electronics, common
    ["005935", true], // Samsung Electronics preferred
  ])("hand-checked January for %s: compounded ChagesRatio, month-end Marcap, summed Amount, preferred %s", (code, preferred) => {
    const expected = january(code);
    expect(expected.days).toBe(18); // every January trading day in the file, 2 January included
    const row = panel.rows.find((r) => r.id === code && r.date === "2025-01-31");
    expect(row).toBeDefined();
    expect(row!.return).toBeCloseTo(expected.growth - 1, 13);
    expect(row!.marketCap).toBe(expected.marcap);
    expect(row!.tradingValue).toBeCloseTo(expected.amount, 0);
    expect(row!.isPreferred).toBe(preferred);
    // The price ratio from the closes (the first day's base price is its close less its change) agrees
    // to ChagesRatio's rounding (0.01 percentage points a day).
    const base = Number(expected.first.Close) - Number(expected.first.Changes);
    expect(Math.abs(row!.return! - (expected.close / base - 1))).toBeLessThan(0.001);
  });

  test("the preferred flag by code agrees with the names (우, 2우B, …) except two common shares whose names end in 우", () => {
    const nameSaysPreferred = (name: string) => /우[BC]?(\(전환\))?$/.test(name);
    const flagged = panel.securities.filter((s) => s.preferred);
    expect(flagged).toHaveLength(116);
    expect(panel.securities.filter((s) => s.preferred === null)).toEqual([]);
    const disagree = panel.securities.filter((s) => s.preferred !== nameSaysPreferred(s.name)).map((s) => `${s.code} ${s.name}`);
    expect(disagree).toEqual(["294090 이오플로우", "458650 성우"]);
  });

  test("codes whose rows stop before a month's last trading day have no row for it; the engine applies the survivorship rule", () => {
    const lastDate = new Map<string, string>();
    for (const r of raw) if ((lastDate.get(r.Code!) ?? "") < r.Date!) lastDate.set(r.Code!, r.Date!);
    const stoppedInFebruary = [...lastDate].filter(([, d]) => d >= "2025-02" && d < "2025-02-11").map(([c]) => c).sort();
    const stoppedInJanuary = [...lastDate].filter(([, d]) => d < "2025-01-31").map(([c]) => c);
    expect(stoppedInFebruary).toHaveLength(3);
    expect(panel.periods.map((p) => p.stopped)).toEqual([stoppedInJanuary.length, stoppedInFebruary.length]);
    for (const code of stoppedInJanuary) expect(panel.rows.some((r) => r.id === code)).toBe(false);

    const built = buildPanel(panel.rows);
    const [from, to] = [built.dates.indexOf("2025-01-31"), built.dates.indexOf("2025-02-11")];
    const at = (code: string) => built.ids.indexOf(code);
    const lost = holdingOutcomes(built, from, to, "total_loss");
    const kept = holdingOutcomes(built, from, to, "last_available");
    for (const code of stoppedInFebruary) {
      expect([lost.fate[at(code)], lost.returns[at(code)], kept.returns[at(code)]]).toEqual([FATE.STOPPED, -1, 0]);
    }
    const samsung = panel.rows.find((r) => r.id === "005930" && r.date === "2025-02-11")!;
    expect([lost.fate[at("005930")], lost.returns[at("005930")]]).toEqual([FATE.ALIVE, samsung.return]);
  });

  test("the converted panel runs through the size back-test, rebalancing at each month end", () => {
    const result = runSizeBacktest(buildPanel(panel.rows), {
      buckets: [{ kind: "percentile", from: 0, to: 1 }],
      weightings: ["cap", "equal"],
      rebalanceMonth: "every",
    });
    // One window, January's end to the file's last day. Expected from the panel rows by a plain loop:
    // common shares (code ending in 0) with a January cap, held for February's return; a code with no
    // February row is a total loss (the default survivorship mode).
    const jan = panel.rows.filter((r) => r.date === "2025-01-31" && r.id.endsWith("0") && r.marketCap > 0);
    const feb = new Map(panel.rows.filter((r) => r.date === "2025-02-11").map((r) => [r.id, r.return ?? -1]));
    let capSum = 0, capReturn = 0, equalReturn = 0;
    for (const r of jan) {
      const ret = feb.get(r.id) ?? -1;
      capSum += r.marketCap;
      capReturn += r.marketCap * ret;
      equalReturn += ret / jan.length;
    }
    const [cap, equal] = result.results;
    expect(cap?.returns).toHaveLength(1);
    expect(cap?.holdings[0]).toBe(jan.length);
    expect(cap?.returns[0]).toBeCloseTo(capReturn / capSum, 10);
    expect(equal?.returns[0]).toBeCloseTo(equalReturn, 10);
  });

  test("the same rows as plain CSV and as Parquet give the identical panel", async () => {
    const plain = gunzipSync(gz);
    const parquet = dailyParquet(raw);
    for (const [name, bytes] of [["plain.csv", new Uint8Array(plain)], ["sample.parquet", parquet]] as const) {
      const result = await convertKrxDaily([krxDailyInputFromBytes(name, bytes)], { period: "month" });
      expect(result.ok ? result.value.rows : result.errors).toEqual(panel.rows);
    }
  }, 60_000);
});
