import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it, test } from "vitest";
import { detectFileKind, SNIFF_BYTES, type FileKind } from "@/lib/data/detect-kind";
import { describeWithSharedData, SHARED_DATA_DIR } from "@/tests/helpers/shared-data";

/** Every file of ../shared/data and its kind, written by hand from SOURCES.md (not from the detector). */
const EXPECTED: Record<string, FileKind> = {
  "french/Asia_Pacific_ex_Japan_3_Factors_202509.csv": "french_factors",
  "french/Developed_25_Portfolios_ME_BE-ME_202507.csv": "french_size_bm",
  "french/Developed_3_Factors_202512.csv": "french_factors",
  "french/Developed_6_Portfolios_ME_BE-ME.csv": "french_size_bm",
  "french/Developed_ex_US_5_Factors_Daily_202603.csv": "french_factors",
  "french/Emerging_5_Factors_202603.csv": "french_factors",
  "french/Europe_3_Factors_202510.csv": "french_factors",
  "french/Europe_3_Factors_Daily_202603.csv": "french_factors",
  "french/F-F_Research_Data_Factors_monthly_through_202511.csv": "french_factors",
  "french/Japan_5_Factors_202512.csv": "french_factors",
  "french/North_America_5_Factors_202005.csv": "french_factors",
  "french/Portfolios_Formed_on_ME.csv": "french_size",
  "holdings/EWGS_holdings_undated_commit-2021-03-12.csv": "ishares_holdings",
  "holdings/IJR_holdings_undated_commit-2021-03-12.csv": "ishares_holdings",
  "holdings/IVV_holdings_2024-12-06.csv": "ishares_holdings",
  "holdings/IWC_holdings_2026-01-20.csv": "ishares_holdings",
  "holdings/IWM_holdings_2025-11-05.csv": "ishares_holdings",
  "holdings/IWM_holdings_2026-04-10.csv": "ishares_holdings",
  "holdings/IWM_holdings_2026-05-05.csv": "ishares_holdings",
  "holdings/URTH_holdings_undated_commit-2021-04-25.csv": "ishares_holdings",
  "korea/KRX_KOSDAQ_LargeCap_QGZ01P_constituents_commit-2026-02-13.csv": "krx_constituents",
  "korea/KRX_KOSDAQ_MidCap_QGZ02P_constituents_commit-2026-02-13.csv": "krx_constituents",
  "korea/KRX_KOSDAQ_QGG01P_constituents_commit-2026-02-13.csv": "krx_constituents",
  "korea/KRX_KOSDAQ_SmallCap_QGZ03P_constituents_commit-2026-02-13.csv": "krx_constituents",
  "korea/KRX_KOSPI_KGG01P_constituents_commit-2026-02-13.csv": "krx_constituents",
  "korea/KRX_KOSPI_LargeCap_KGZ01P_constituents_commit-2026-02-13.csv": "krx_constituents",
  "korea/KRX_KOSPI_MidCap_KGZ02P_constituents_commit-2026-02-13.csv": "krx_constituents",
  "korea/KRX_KOSPI_SmallCap_KGZ03P_constituents_commit-2026-02-13.csv": "krx_constituents",
  "korea/marcap-2025_partial_20250102-20250211.csv.gz": "krx_daily",
  "panel/eps_calendar_earnings_cache_2025-12-26.json": "eps_estimates",
  // Tickers one per line, no header: nothing to import it as.
  "panel/eps_calendar_universe_2025-12-26.csv": "unknown",
};

/** Files below the folder's subfolders (SOURCES.md at the top is not data), as "folder/name". */
function relativeFiles(dir = SHARED_DATA_DIR, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return relativeFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`);
    return prefix === "" ? [] : [`${prefix}${entry.name}`];
  });
}

describeWithSharedData("detectFileKind on every file of ../shared/data", () => {
  it("has an expected kind for exactly the files present", () => {
    expect(relativeFiles()).toEqual(Object.keys(EXPECTED).sort());
  });

  test.each(Object.entries(EXPECTED))("%s → %s", (file, kind) => {
    const detected = detectFileKind(readFileSync(path.join(SHARED_DATA_DIR, file)), path.basename(file));
    expect(detected).toEqual({ kind, gzip: file.endsWith(".gz") });
  });

  describe("renamed copies: the content wins over the name", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "detect-kind-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const entries = Object.entries(EXPECTED);
    // Each file gets the name of another kind's file (rotated by 7), or a name that says nothing.
    test.each(entries.map(([file, kind], i) => [file, kind, i % 3 === 0 ? `upload-${i}.bin` : path.basename(entries[(i + 7) % entries.length]?.[0] ?? "x"), i] as const))(
      "%s (%s) copied as %s",
      (file, kind, name, i) => {
        // One folder per copy: two copies may carry the same borrowed name.
        const target = path.join(dir, String(i), name);
        mkdirSync(path.dirname(target));
        copyFileSync(path.join(SHARED_DATA_DIR, file), target);
        expect(detectFileKind(readFileSync(target), name).kind).toBe(kind);
      },
    );
  });
});

describe("detectFileKind (hand-made)", () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  test.each<[string, Uint8Array, FileKind, boolean]>([
    ["a panel CSV", bytes("id,date,market_cap,return\nA,2020-01-31,10,0.01\n"), "panel_csv", false],
    ["a panel CSV with optional columns first", bytes("status,id,return,date,market_cap\n"), "panel_csv", false],
    ["a gzipped panel CSV", gzipSync(bytes("id,date,market_cap,return\nA,2020-01-31,10,0.01\n")), "panel_csv", true],
    ["Parquet (magic PAR1)", new Uint8Array([0x50, 0x41, 0x52, 0x31, 0x15, 0x04, 0x50, 0x41, 0x52, 0x31]), "panel_parquet", false],
    ["a KRX daily file, quoted header", bytes('"Code","Name","Close","Marcap","Stocks","Market","Date"\n'), "krx_daily", false],
    ["a KRX list without byte-order mark, columns shuffled", bytes("상장시가총액(원),종목명,거래대금(원),종목코드\n"), "krx_constituents", false],
    ["a French factor file after a preamble, CRLF", bytes("This file was created using the 202512 Bloomberg database.\r\n\r\n,Mkt-RF,SMB,HML,RF\r\n199007,1,2,3,4\r\n"), "french_factors", false],
    ["French 25 portfolios named ME1 BM1", bytes("Intro\n\n  Average Value Weighted Returns -- Monthly\n,ME1 BM1,ME1 BM2\n"), "french_size_bm", false],
    ["a size file stripped of its preamble (deciles)", bytes(",Lo 10,2-Dec,Hi 10\n192607,1,2,3\n"), "french_size", false],
    ["a one-way sort on book-to-market (same columns, preamble not about size)", bytes("It contains returns for portfolios formed on BE/ME.\n\n,Lo 30,Med 40,Hi 30\n"), "unknown", false],
    ["a German iShares header", bytes("Emittententicker,Name,Anlageklasse,Gewichtung (%)\n"), "ishares_holdings", false],
    ["a JSON array of other records", bytes('[{"ticker": "A", "price": 1}]'), "unknown", false],
    ["an empty file", new Uint8Array(0), "unknown", false],
    ["binary bytes", new Uint8Array([0x00, 0xff, 0x10, 0x80, 0x00]), "unknown", false],
    ["a corrupt gzip stream", new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0xde, 0xad, 0xbe, 0xef]), "unknown", true],
  ])("%s → %s", (_, input, kind, gzip) => {
    expect(detectFileKind(input, "file.csv")).toEqual({ kind, gzip });
  });

  it("looks only at the first 64 KB: a header after it is not seen", () => {
    const filler = "x\n".repeat(SNIFF_BYTES / 2);
    expect(detectFileKind(bytes(`${filler},Mkt-RF,SMB,HML,RF\n`), "f.csv").kind).toBe("unknown");
    expect(detectFileKind(bytes(`,Mkt-RF,SMB,HML,RF\n${filler}`), "f.csv").kind).toBe("french_factors");
  });

  it("recognises a gzip file whose 64 KB head inflates past the limit, from a shorter head", () => {
    // ~1,000:1 compression: 64 KB of it would inflate to ~60 MB.
    const text = `id,date,market_cap,return\n${"A,2020-01-31,10,0.01\n".repeat(4_000_000)}`;
    const compressed = gzipSync(bytes(text), { level: 9 });
    expect(compressed.length).toBeGreaterThan(SNIFF_BYTES);
    expect(detectFileKind(compressed, "big.csv.gz")).toEqual({ kind: "panel_csv", gzip: true });
  });
});
