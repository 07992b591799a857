import { beforeAll, describe, expect, test } from "vitest";
import { reportPdf, type ReportMeta } from "@/components/report";
import { formatPercent } from "@/lib/i18n/format";
import { trailingWindows } from "@/components/report/trailing-stats";
import type { ProposalView } from "@/lib/services/proposal/view-model";
import { codeLeaks, englishRuns, withoutData } from "../app/helpers/catalog-text";
import { demoView, KOREAN_CLIENT, STORED_TEXT, US_CLIENT } from "./helpers/demo-views";
import { fontNames, pageTexts, pdfObjects } from "../../helpers/pdf-text";
import { smallView } from "./helpers/small-view";

/**
 * The report for real view-models built from the demo market (as the proposal page builds them), read back
 * from the PDF bytes: pages, fonts, glyph coverage and text.
 */
const FIXED = { savedAt: new Date("2026-02-01T08:00:00Z"), preparedAt: new Date("2026-03-01T09:00:00Z"), version: 3 };
const EN_META: ReportMeta = { ...FIXED, clientName: "Olivia Grant", advisorName: "Daniel Park", firmName: "Han River Wealth", scenarioName: "Growth with small caps", locale: "en" };
const KO_META: ReportMeta = { ...FIXED, clientName: "김서연", advisorName: "이지은", firmName: "한강자산관리", scenarioName: "김서연 · 은퇴 대비안", locale: "ko" };

/** Cover, allocation, back-test, rationale (two pages for a dozen lines), evidence, sources and disclosures. */
const PAGES = 7;

type Rendered = { bytes: Uint8Array; pages: ReturnType<typeof pageTexts>; text: string };
const rendered: Partial<Record<"en" | "ko", Rendered>> = {};
let enView: ProposalView;

/** The text in reading order, lines joined: a line wrapped at a space or after a hyphen reads as one again. */
const joined = (pages: { text: string }[]) => pages.map((p) => p.text).join("\n").replace(/-\n/g, "-").replace(/\s+/g, " ");

beforeAll(async () => {
  enView = demoView(US_CLIENT);
  for (const [locale, view, meta] of [["en", enView, EN_META], ["ko", demoView(KOREAN_CLIENT), KO_META]] as const) {
    const bytes = await reportPdf(view, meta);
    const pages = pageTexts(bytes);
    rendered[locale] = { bytes, pages, text: joined(pages) };
  }
}, 60_000);

describe.each(["en", "ko"] as const)("the %s report", (locale) => {
  const get = () => rendered[locale]!;

  test("is a complete PDF of the expected pages", () => {
    const { bytes, pages } = get();
    const text = Buffer.from(bytes).toString("latin1");
    expect(text.startsWith("%PDF-")).toBe(true);
    expect(text.trimEnd().endsWith("%%EOF")).toBe(true);
    expect(pages).toHaveLength(PAGES);
    expect(text).toContain(`/Count ${PAGES}`);
  });

  test("embeds Noto Sans KR (regular and bold, as subsets) and no other font", () => {
    const names = fontNames(pdfObjects(get().bytes));
    expect(names).toHaveLength(2);
    expect(names).toEqual(expect.arrayContaining([expect.stringMatching(/^[A-Z]{6}\+NotoSansKR-Regular$/), expect.stringMatching(/^[A-Z]{6}\+NotoSansKR-Bold$/)]));
    expect(Buffer.from(get().bytes).toString("latin1")).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
  });

  test("draws every character with a real glyph (no .notdef boxes)", () => {
    expect(get().pages.map((p) => p.missingGlyphs)).toEqual(Array(PAGES).fill(0));
  });

  test("numbers every page and marks it as synthetic data", () => {
    get().pages.forEach((page, i) => {
      expect(page.text).toContain(locale === "en" ? `Page ${i + 1} of ${PAGES}` : `${i + 1} / ${PAGES}쪽`);
      expect(page.text).toContain(locale === "en" ? "Synthetic data" : "합성 데이터");
    });
  });
});

describe("what the reports say", () => {
  test("English: cover, sections, trailing windows, disclosure", () => {
    const { text, pages } = rendered.en!;
    for (const part of ["Allocation proposal", "Growth with small caps", "Version 3, saved Feb 1, 2026", "Olivia Grant", "Daniel Park", "Han River Wealth", "Mar 1, 2026"]) {
      expect(pages[0]!.text.replace(/\s+/g, " ")).toContain(part);
    }
    for (const part of ["Returns and risk over trailing periods", "1 year", "3 years", "5 years", "10 years", "Full period", "Why this allocation", "Reference figures from the article", "Data sources and vintages", "Important information: hypothetical performance", "The performance shown in this report is hypothetical."]) {
      expect(text).toContain(part);
    }
  });

  test("English: the full-period CAGR net of fees is the one computed from the stored wealth curve", () => {
    const { backtest } = enView;
    const full = trailingWindows(backtest.months, [backtest.proposal.wealthNet]).at(-1)!;
    expect(rendered.en!.pages[2]!.text).toContain(formatPercent("en", full.series[0]!.cagr!, 1));
  });

  test("Korean: Hangul text from the Korean catalog, and no English outside proper nouns and entered data", () => {
    const { text } = rendered.ko!;
    for (const part of ["자산배분 제안서", "김서연", "이지은", "한강자산관리", "기간별 수익률과 위험", "전체 기간", "이 배분의 근거", "중요 안내: 가상 성과"]) expect(text).toContain(part);
    const entered = [...STORED_TEXT, KO_META.clientName, KO_META.advisorName, KO_META.firmName, KO_META.scenarioName].map((d) => d.replace(/\s+/g, " "));
    expect(englishRuns(withoutData(text, entered))).toEqual([]);
    expect(codeLeaks(withoutData(text, entered))).toEqual([]);
  });

  test("English: no Korean outside entered data", () => {
    expect(rendered.en!.text.match(/[가-힣]+/g) ?? []).toEqual([]);
  });
});

describe("reportPdf", () => {
  test("the same input gives the same bytes", async () => {
    const again = await reportPdf(enView, EN_META);
    expect(Buffer.from(again).equals(Buffer.from(rendered.en!.bytes))).toBe(true);
  });

  test("a small proposal on real data: three months (the full period only), no synthetic-data label anywhere", async () => {
    const pages = pageTexts(await reportPdf(smallView(), EN_META));
    const text = joined(pages);
    expect(pages.map((p) => p.missingGlyphs).every((n) => n === 0)).toBe(true);
    expect(text).not.toMatch(/synthetic/i);
    expect(text).toContain("Full period");
    expect(text).not.toContain("1 year");
    expect(pages.at(-1)!.text).toContain(`Page ${pages.length} of ${pages.length}`);
  });
});

describe("the glyph check", () => {
  // Shows the check above can fail: U+1F600 is not in Noto Sans KR, so it is drawn with glyph 0 (.notdef).
  test("a character the font lacks is counted as a missing glyph", async () => {
    const pages = pageTexts(await reportPdf(smallView(), { ...EN_META, clientName: "Test \u{1F600}" }));
    expect(pages.reduce((n, p) => n + p.missingGlyphs, 0)).toBeGreaterThan(0);
  });
});
