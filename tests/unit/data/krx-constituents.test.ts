import { describe, expect, it, test } from "vitest";
import { krxSnapshot, parseKrxConstituents, splitKrxTiers, type KrxConstituentList, type KrxImportOptions } from "@/lib/data/krx-constituents";
import { dateInName, indexCodeInName, sizeClassOfRank } from "@/lib/data/krx-index-codes";
import { describeWithSharedData, readShared } from "@/tests/helpers/shared-data";

const HEADER = "종목코드,종목명,현재가,대비,등락률,거래대금(원),상장시가총액(원)";
const BOM = "\ufeff";
const row = (code: string, name: string, traded: string, cap: string) => `${code},${name},"1,000","10","1.00","${traded}","${cap}"`;

function parseOk(text: string, options: KrxImportOptions): KrxConstituentList {
  const result = parseKrxConstituents(text, options);
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
  return result.value;
}

/** The raw file read without the importer: quoted cells with commas, the header by position as printed. */
function rawRows(text: string): { code: string; cap: number }[] {
  const [header = "", ...lines] = text.replace(/^\ufeff/, "").split(/\r?\n/).filter((l) => l !== "");
  const cells = (line: string) => [...line.matchAll(/"([^"]*)"|([^,]+)/g)].map((m) => m[1] ?? m[2] ?? "");
  const names = cells(header);
  const code = names.indexOf("종목코드");
  const cap = names.indexOf("상장시가총액(원)");
  return lines.map((l) => cells(l)).map((c) => ({ code: c[code] ?? "", cap: Number((c[cap] ?? "").split(",").join("")) }));
}

const KOREA = "korea/";
const FILES = {
  KGG01P: "KRX_KOSPI_KGG01P_constituents_commit-2026-02-13.csv",
  KGZ01P: "KRX_KOSPI_LargeCap_KGZ01P_constituents_commit-2026-02-13.csv",
  KGZ02P: "KRX_KOSPI_MidCap_KGZ02P_constituents_commit-2026-02-13.csv",
  KGZ03P: "KRX_KOSPI_SmallCap_KGZ03P_constituents_commit-2026-02-13.csv",
  QGG01P: "KRX_KOSDAQ_QGG01P_constituents_commit-2026-02-13.csv",
  QGZ01P: "KRX_KOSDAQ_LargeCap_QGZ01P_constituents_commit-2026-02-13.csv",
  QGZ02P: "KRX_KOSDAQ_MidCap_QGZ02P_constituents_commit-2026-02-13.csv",
  QGZ03P: "KRX_KOSDAQ_SmallCap_QGZ03P_constituents_commit-2026-02-13.csv",
};

describeWithSharedData("KRX constituent lists (real files)", () => {
  // Row counts from ../shared/data/SOURCES.md; market and tier from the index code in each name.
  test.each([
    [FILES.KGG01P, "KOSPI", "all", 837],
    [FILES.KGZ01P, "KOSPI", "large", 99],
    [FILES.KGZ02P, "KOSPI", "mid", 199],
    [FILES.KGZ03P, "KOSPI", "small", 533],
    [FILES.QGG01P, "KOSDAQ", "all", 1801],
    [FILES.QGZ01P, "KOSDAQ", "large", 99],
    [FILES.QGZ02P, "KOSDAQ", "mid", 297],
    [FILES.QGZ03P, "KOSDAQ", "small", 1334],
  ])("%s: %s %s, %i stocks, weights and ranks from the raw caps", (file, market, tier, count) => {
    const text = readShared(KOREA + file);
    const list = parseOk(text, { fileName: file });
    expect([list.market, list.tier, list.asOf]).toEqual([market, tier, null]);
    expect(list.segment).toEqual(tier === "all" ? null : { area: "KOREA", tier, market });
    expect(list.constituents).toHaveLength(count);
    // Independently: the raw caps sorted by hand, the total and the largest share by a plain loop.
    const raw = rawRows(text);
    let total = 0;
    for (const r of raw) total += r.cap;
    const largest = raw.reduce((best, r) => (r.cap > best.cap ? r : best));
    expect(list.totalMarketCap).toBe(total);
    expect(list.constituents[0]).toMatchObject({ code: largest.code, rank: 1 });
    expect(list.constituents[0]?.weight).toBeCloseTo(largest.cap / total, 14);
    expect(list.constituents.map((c) => c.code).sort()).toEqual(raw.map((r) => r.code).sort());
    expect(list.constituents.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1, 12);
  });

  it("computes the KOSPI large-cap list's top-10 share (59.78% in Python) and keeps codes as text", () => {
    const text = readShared(KOREA + FILES.KGZ01P);
    const caps = rawRows(text).map((r) => r.cap).sort((a, b) => b - a);
    const top10 = caps.slice(0, 10).reduce((a, b) => a + b, 0) / caps.reduce((a, b) => a + b, 0);
    const list = parseOk(text, { fileName: FILES.KGZ01P });
    const weights = list.constituents.map((c) => c.weight);
    expect(weights.slice(0, 10).reduce((a, b) => a + b, 0)).toBeCloseTo(top10, 12);
    expect(top10).toBeCloseTo(0.5978217656878272, 12);
    expect(list.constituents[0]).toMatchObject({ code: "005930", name: "삼성전자", sizeClass: "large" });
    expect(list.constituents.find((c) => c.code === "001040")?.name).toBe("CJ");
  });

  // Agreement counted by a one-off Python script (2026-11): the whole list ranked by cap against membership
  // of the three tier files; 6 KOSPI and 71 KOSDAQ members are in no tier. KOSDAQ with a 300 bound: 1,519.
  test.each([
    ["KOSPI", FILES.KGG01P, [FILES.KGZ01P, FILES.KGZ02P, FILES.KGZ03P], { large: 100, mid: 200, small: 537 }, 831, 781],
    ["KOSDAQ", FILES.QGG01P, [FILES.QGZ01P, FILES.QGZ02P, FILES.QGZ03P], { large: 100, mid: 300, small: 1401 }, 1730, 1556],
  ] as const)("%s whole list: classes by rank, split into tiers, agreeing with the tier files", (_, all, tierFiles, sizes, members, agree) => {
    const list = parseOk(readShared(KOREA + all), { fileName: all });
    const tiers = splitKrxTiers(list);
    expect(Object.fromEntries(tiers.map((t) => [t.tier, t.constituents.length]))).toEqual(sizes);
    for (const t of tiers) expect(t.constituents.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1, 12);
    const classOf = new Map(list.constituents.map((c) => [c.code, c.sizeClass]));
    const membership = tierFiles.flatMap((f) => parseOk(readShared(KOREA + f), { fileName: f }).constituents.map((c) => [c.code, c.sizeClass] as const));
    expect(membership).toHaveLength(members);
    expect(membership.filter(([code, tier]) => classOf.get(code) === tier)).toHaveLength(agree);
  });

  it("takes the as-of from the file name only when asked (the CLI's --dir mode), and from the user first", () => {
    const text = readShared(KOREA + FILES.QGZ03P);
    expect(parseOk(text, { fileName: FILES.QGZ03P, dateFromFileName: true }).asOf).toBe("2026-02-13");
    expect(parseOk(text, { fileName: FILES.QGZ03P, asOf: "2026-02-06", dateFromFileName: true }).asOf).toBe("2026-02-06");
  });
});

describe("KRX lists: segment, as-of and snapshot (hand-made)", () => {
  const text = [BOM + HEADER, row("000020", "동화약품", "10", "300"), row("0126Z0", "새상장", "0", "100"), row("005930", "삼성전자", "1,000", "600")].join("\n");

  it("ranks by cap, weighs by cap share, keeps leading zeros and letters in codes", () => {
    const list = parseOk(text, { fileName: "upload.csv", market: "KOSDAQ", tier: "small", asOf: "2026-02-13" });
    expect(list.constituents.map((c) => [c.code, c.rank, c.weight, c.sizeClass])).toEqual([
      ["005930", 1, 0.6, "small"],
      ["000020", 2, 0.3, "small"],
      ["0126Z0", 3, 0.1, "small"],
    ]);
    expect(list).toMatchObject({ indexCode: null, asOf: "2026-02-13", totalMarketCap: 1000, segment: { area: "KOREA", tier: "small", market: "KOSDAQ" } });
  });

  it("reads the header by name, in any order", () => {
    const shuffled = ["상장시가총액(원),종목명,거래대금(원),종목코드", '"5,000",가나,"-",000100'].join("\r\n");
    expect(parseOk(shuffled, { fileName: "QGZ01P.csv" }).constituents[0]).toMatchObject({ code: "000100", name: "가나", marketCap: 5000, tradedValue: null });
  });

  it("makes a snapshot: KOREA, code as ticker, cap as market value, segment kept", () => {
    const list = parseOk(text, { fileName: "코스피_대형주_KGZ01P.csv" });
    const snapshot = krxSnapshot(list, { id: "krx-1", label: "KOSPI large", source: "Korea Exchange" });
    expect(snapshot).toMatchObject({ id: "krx-1", region: "KOREA", size: "large", asOf: null, synthetic: false, segment: { area: "KOREA", tier: "large", market: "KOSPI" } });
    expect(snapshot.constituents[0]).toEqual({ ticker: "005930", name: "삼성전자", sector: null, country: null, weight: 0.6, marketValue: 600 });
  });

  test.each([
    ["코스피_KGG01P.csv", "KOSPI", "all", "large", false],
    ["코스피_중형주_KGZ02P.csv", "KOSPI", "mid", "small", true],
    ["x_QGZ03P_y.csv", "KOSDAQ", "small", "small", true],
    ["코스닥_QGG01P.csv", "KOSDAQ", "all", "small", false],
  ] as const)("%s → %s %s, snapshot size %s, segment %s", (fileName, market, tier, size, hasSegment) => {
    const list = parseOk(text, { fileName });
    expect([list.market, list.tier]).toEqual([market, tier]);
    const snapshot = krxSnapshot(list, { id: "k", label: "k", source: "KRX" });
    expect(snapshot.size).toBe(size);
    expect(snapshot.segment !== undefined).toBe(hasSegment);
  });

  it("refuses a list whose market and tier are nowhere, or clash with the file name", () => {
    expect(parseKrxConstituents(text, { fileName: "list.csv", market: "KOSPI" })).toEqual({
      ok: false,
      errors: [{ line: null, column: null, code: "krx_segment_missing", params: {} }],
      total: 1,
    });
    expect(parseKrxConstituents(text, { fileName: "코스닥_QGZ01P.csv", market: "KOSPI", tier: "large" })).toEqual({
      ok: false,
      errors: [{ line: null, column: null, code: "krx_segment_conflict", params: { index: "QGZ01P", given: "KOSPI large" } }],
      total: 1,
    });
    expect(parseKrxConstituents(text, { fileName: "QGZ01P.csv", asOf: "2026-02-30" })).toMatchObject({ ok: false, errors: [{ code: "not_a_calendar_date" }] });
  });

  test.each([
    ["코스피_대형주_KGZ01P.csv", "KGZ01P"],
    ["kosdaq_qgz02p.csv", "QGZ02P"],
    ["AKGZ01P.csv", null],
    ["KGZ04P.csv", null],
    ["dir/QGG01P/list.csv", null],
  ])("indexCodeInName(%s) → %s", (name, code) => {
    expect(indexCodeInName(name)).toBe(code);
  });

  test.each([
    ["list_2026-02-13.csv", "2026-02-13"],
    ["list_20260213.csv", "2026-02-13"],
    ["list_2026-0213.csv", null],
    ["list_20260230.csv", null],
    ["list_120260213.csv", null],
    ["list.csv", null],
  ])("dateInName(%s) → %s", (name, date) => {
    expect(dateInName(name)).toBe(date);
  });

  // KRX: KOSPI large 1–100, mid 101–300; KOSDAQ large 1–100, mid 101–400.
  test.each([
    ["KOSPI", 100, "large"],
    ["KOSPI", 101, "mid"],
    ["KOSPI", 300, "mid"],
    ["KOSPI", 301, "small"],
    ["KOSDAQ", 400, "mid"],
    ["KOSDAQ", 401, "small"],
  ] as const)("sizeClassOfRank(%s, %i) → %s", (market, rank, tier) => {
    expect(sizeClassOfRank(market, rank)).toBe(tier);
  });
});

describe("KRX lists: errors by line and column (hand-made)", () => {
  const options = { fileName: "QGZ03P.csv" };
  test.each([
    ["a code of five digits", row("05930", "가", "1", "1"), { line: 2, column: "종목코드", code: "not_a_krx_code", params: { value: "05930" } }],
    ["a cap that is not a number", row("005930", "가", "1", "1,00,0"), { line: 2, column: "상장시가총액(원)", code: "not_a_number", params: { value: "1,00,0" } }],
    ["a zero cap", row("005930", "가", "1", "0"), { line: 2, column: "상장시가총액(원)", code: "not_positive", params: { value: "0" } }],
    ["a negative traded value", row("005930", "가", "-5", "1"), { line: 2, column: "거래대금(원)", code: "negative_value", params: { value: "-5" } }],
    ["a formula as a name", row("005930", "=cmd", "1", "1"), { line: 2, column: "종목명", code: "formula_cell", params: { value: "=cmd" } }],
    ["a short row", "005930,가", { line: 2, column: "현재가", code: "too_few_fields", params: { expected: 7, found: 2 } }],
  ])("%s", (_, line, error) => {
    expect(parseKrxConstituents(`${HEADER}\n${line}\n`, options)).toEqual({ ok: false, errors: [error], total: 1 });
  });

  it("names the line a repeated code is already on", () => {
    const result = parseKrxConstituents([HEADER, row("005930", "가", "1", "1"), row("005930", "나", "1", "2")].join("\n"), options);
    expect(result.ok ? [] : result.errors).toEqual([{ line: 3, column: "종목코드", code: "duplicate_listing", params: { ticker: "005930", name: "나", first: 2 } }]);
  });

  it("names missing and repeated columns on the header line, and an empty list", () => {
    const result = parseKrxConstituents("종목코드,종목명,종목명,거래대금(원)\n", options);
    expect(result.ok ? [] : result.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [1, "종목명", "duplicate_column"],
      [1, "상장시가총액(원)", "missing_column"],
    ]);
    expect(parseKrxConstituents(`${HEADER}\n`, options)).toEqual({ ok: false, errors: [{ line: 2, column: "종목코드", code: "no_data_rows", params: {} }], total: 1 });
  });
});
