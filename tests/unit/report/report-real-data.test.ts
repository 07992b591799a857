import { beforeAll, describe, expect, test } from "vitest";
import { backtestCsv, reportPdf, type ReportMeta } from "@/components/report";
import { codeLeaks, englishRuns, withoutData } from "../app/helpers/catalog-text";
import { krClient, REAL_DATA_TEXT, realDataView, usClient } from "../app/helpers/real-market-fixtures";
import { pageTexts } from "../../helpers/pdf-text";
import { STORED_TEXT } from "./helpers/demo-views";

/**
 * The report of a proposal on (hand-made) real data: every allocation line and evidence row names its source,
 * the estimate proxies and the data sources with their methods are printed, in English and Korean.
 */
const FIXED = { savedAt: new Date("2026-02-01T08:00:00Z"), preparedAt: new Date("2026-03-01T09:00:00Z"), version: 1 };
const EN_META: ReportMeta = { ...FIXED, clientName: "Olivia Grant", advisorName: "Daniel Park", firmName: "Han River Wealth", scenarioName: "Real data", locale: "en" };
const KO_META: ReportMeta = { ...FIXED, clientName: "김서연", advisorName: "이지은", firmName: "한강자산관리", scenarioName: "실제 데이터", locale: "ko" };

const joined = (pages: { text: string }[]) => pages.map((p) => p.text).join("\n").replace(/-\n/g, "-").replace(/\s+/g, " ");
const rendered: Partial<Record<"en" | "ko", { text: string; missing: number }>> = {};

beforeAll(async () => {
  for (const [locale, view, meta] of [["en", realDataView(usClient), EN_META], ["ko", realDataView(krClient), KO_META]] as const) {
    const pages = pageTexts(await reportPdf(view, meta));
    rendered[locale] = { text: joined(pages), missing: pages.reduce((n, p) => n + p.missingGlyphs, 0) };
  }
}, 60_000);

describe("a report on real data", () => {
  test("English: sources per line and per segment, proxies, methods, the US-dollar note", () => {
    const { text, missing } = rendered.en!;
    expect(missing).toBe(0);
    for (const part of [
      "Partly real data",
      "Europe 3 Factors 202510, vintage 202510 Bloomberg",
      "Portfolios Formed on ME, vintage 202602 CRSP",
      "illustrative",
      "synthetic demo",
      "iShares Russell 2000 ETF (IWM), as of May 5, 2026 (real)",
      "Estimate proxies",
      "EPS calendar, EPS calendar source, as of Dec 26, 2025",
      "Europe small and large caps: the market return (Mkt-RF + RF) split with SMB",
      "French's regional returns are in US dollars",
      "it starts no earlier than 2005-01",
    ]) {
      expect(text).toContain(part);
    }
    expect(text).not.toContain("The market history and the index snapshots in this report are synthetic");
  });

  test("Korean: the same from the Korean catalog, no English outside proper nouns and entered data", () => {
    const { text, missing } = rendered.ko!;
    expect(missing).toBe(0);
    for (const part of ["일부 실제 데이터", "추정치 대용 지표", "미 달러 기준", "예시", "한국 KOSDAQ 소형주"]) expect(text).toContain(part);
    const entered = [...STORED_TEXT, ...REAL_DATA_TEXT, KO_META.clientName, KO_META.advisorName, KO_META.firmName, KO_META.scenarioName];
    const spaced = entered.map((d) => d.replace(/\s+/g, " "));
    expect(englishRuns(withoutData(text, spaced))).toEqual([]);
    expect(codeLeaks(withoutData(text, spaced))).toEqual([]);
  });
});

describe("back-test CSV on partly real data", () => {
  test("each series' header says the data are partly synthetic, not synthetic", () => {
    const [header] = backtestCsv(realDataView(usClient), "en").split("\r\n");
    expect(header).toContain("Proposal, net of fees (%), partly synthetic data");
    expect(header).not.toMatch(/\), synthetic data/);
  });
});
