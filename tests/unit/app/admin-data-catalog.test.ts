import { createElement, type ReactNode } from "react";
import { jsx } from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test, vi } from "vitest";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { DataUpload } from "@/components/admin/data-upload";
import { DataSetsTable } from "@/components/admin/data-sets-table";
import { SlotChoices } from "@/components/admin/slot-choices";
import { slotText } from "@/components/admin/slot-text";
import type { Locale } from "@/lib/i18n/config";
import { createTranslate, messagesFor } from "@/lib/i18n/translate";
import { SYNTHETIC_LABEL } from "@/lib/data/synthetic/label";
import type { DatasetMeta } from "@/lib/db/datasets";
import type { SlotChoice } from "@/lib/db/dataset-activation";
import type { DatasetOverview } from "@/lib/services/datasets/data-overview";
import { codeLeaks, englishRuns, visibleText, withoutData } from "./helpers/catalog-text";

/**
 * The admin data page's parts (upload form, data-set table, per-slot choices) rendered in both languages: every
 * word comes from the catalogs; only what was imported (names, sources, vintages, file names, scenario names)
 * is shown as entered.
 */
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => undefined }) }));
vi.mock("@/lib/actions/admin/dataset-activation", () => {
  const unused = async () => ({ ok: false, error: { code: "INTERNAL" } });
  return { activateDatasetAction: unused, chooseSlotDatasetAction: unused, deleteDatasetAction: unused };
});

const CREATED = new Date("2026-02-14T09:30:00Z");
const meta = (id: string, over: Partial<DatasetMeta>): DatasetMeta => ({
  id, kind: "snapshots", name: id, source: "", vintage: "undated", asOf: null, synthetic: false, createdAt: CREATED, ...over,
});
const europe = meta("eu", { kind: "french_factors", name: "Europe 3 Factors 202510", source: "Kenneth R. French Data Library", vintage: "202510 Bloomberg" });
const europeDaily = meta("eu-d", { kind: "french_factors", name: "Europe 3 Factors Daily 202603", source: "Kenneth R. French Data Library", vintage: "202603 Bloomberg" });
const kosdaq = meta("kq", {
  name: "KRX KOSDAQ small-cap (QGZ03P)",
  source: "Korea Exchange (KRX) KOSDAQ small-cap index constituents (QGZ03P)",
  vintage: "2026-02-13",
  asOf: "2026-02-13",
});
const eps = meta("eps", { kind: "estimates", name: "eps calendar earnings cache 2025-12-26", source: "Alpha Vantage EARNINGS_CALENDAR consensus EPS estimates", vintage: "2025-12-26", asOf: "2025-12-26" });

const overview = (d: DatasetMeta, over: Partial<DatasetOverview>): DatasetOverview => ({
  ...d, firmId: "firm", fileName: null, rowCount: 0, slots: [], importedByName: "이지은", activeSlots: [], usedBy: [], deletable: true, ...over,
});

const DATASETS: DatasetOverview[] = [
  overview(europe, { fileName: "Europe_3_Factors_202510.csv", rowCount: 458, slots: ["returns:EUROPE_SMALL", "returns:EUROPE_LARGE"], activeSlots: ["returns:EUROPE_SMALL"], usedBy: [{ id: "s1", name: "Kim family, Europe tilt" }] }),
  overview(europeDaily, { rowCount: 9327, slots: ["returns:EUROPE_SMALL", "returns:EUROPE_LARGE"], activeSlots: ["returns:EUROPE_LARGE"] }),
  overview(kosdaq, { fileName: "KRX_KOSDAQ_SmallCap_QGZ03P_constituents_commit-2026-02-13.csv", rowCount: 1334, slots: ["snapshot:KOREA:small:KOSDAQ"] }),
  overview(meta("dev6", { kind: "french_size_bm", name: "Developed 6 Portfolios ME BE-ME", source: "Kenneth R. French Data Library", vintage: "202404 Bloomberg" }), { rowCount: 1690 }),
  overview(eps, { rowCount: 2036, slots: ["estimates:US"], activeSlots: ["estimates:US"] }),
  overview(meta("demo", { kind: "sleeve_history", name: "Synthetic sleeve history", source: SYNTHETIC_LABEL, vintage: "2026-01", synthetic: true }), { firmId: null, importedByName: null, deletable: false }),
];

const SLOTS: SlotChoice[] = [
  { slot: "returns:EUROPE_LARGE", active: europeDaily, candidates: [europeDaily, europe] },
  { slot: "returns:EUROPE_SMALL", active: europe, candidates: [europeDaily, europe] },
  { slot: "snapshot:KOREA:small:KOSDAQ", active: null, candidates: [kosdaq] },
  { slot: "estimates:US", active: eps, candidates: [eps] },
];

const ENTERED = [
  ...DATASETS.flatMap((d) => [d.name, d.source, d.vintage, d.fileName ?? "", ...d.usedBy.map((s) => s.name)]).filter((s) => s !== "" && s !== SYNTHETIC_LABEL),
  "이지은",
];

function render(locale: Locale, node: ReactNode): string {
  return visibleText(renderToStaticMarkup(jsx(I18nProvider, { locale, messages: messagesFor(locale), children: node })));
}

const page = (locale: Locale) =>
  render(locale, [createElement(DataUpload, { key: "u" }), createElement(DataSetsTable, { key: "d", datasets: DATASETS }), createElement(SlotChoices, { key: "s", slots: SLOTS })]);

describe("admin data page", () => {
  test.each(["en", "ko"] as const)("%s: no codes or placeholders", (locale) => {
    expect(codeLeaks(withoutData(page(locale), ENTERED))).toEqual([]);
    // Slot keys and dataset kinds never show as such.
    expect(withoutData(page(locale), ENTERED)).not.toMatch(/returns:|snapshot:|estimates:|french_factors|french_size_bm/);
  });

  test("Korean: no English words outside proper nouns and imported data", () => {
    // The Korea Exchange and its markets are named as they name themselves, in every language.
    expect(englishRuns(withoutData(page("ko"), [...ENTERED, "KOSPI", "KOSDAQ", "KRX"]))).toEqual([]);
  });

  test("English: no Korean outside entered data", () => {
    expect(withoutData(page("en"), ENTERED).match(/[가-힣]+/g) ?? []).toEqual([]);
  });

  test("it shows what it is about, in Korean", () => {
    const text = page("ko");
    for (const part of ["파일(최대 50 MB)", "French 팩터 수익률", "유럽 소형주 수익률", "한국 KOSDAQ 소형주 구성 종목", "Kim family, Europe tilt", "데모 데이터", "모든 회사 공용", "제안서에 쓰이지 않음"]) {
      expect(text).toContain(part);
    }
  });

  test("slots are named by what fills them, in both languages", () => {
    const en = createTranslate(messagesFor("en"));
    const ko = createTranslate(messagesFor("ko"));
    expect(slotText("returns:EUROPE_SMALL", en)).toBe("Europe small caps returns");
    expect(slotText("returns:CASH", en)).toBe("cash returns");
    expect(slotText("snapshot:KOREA:small:KOSDAQ", en)).toBe("Korea KOSDAQ small caps constituents");
    expect(slotText("snapshot:DEVELOPED:large", ko)).toBe("선진국 대형주 구성 종목");
    expect(slotText("estimates:US", ko)).toBe("미국 추정치 대용 지표");
  });
});
