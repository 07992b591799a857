import { createElement, type ReactNode } from "react";
import { jsx } from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test, vi } from "vitest";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { ReferenceFigureForm } from "@/components/admin/reference-figure-editor";
import { AssumptionsSummary } from "@/components/proposal/assumptions-summary";
import { ProposalView } from "@/components/proposal/proposal-view";
import type { Locale } from "@/lib/i18n/config";
import { messagesFor } from "@/lib/i18n/translate";
import AdminPage from "@/app/(app)/admin/page";
import ProposalPage from "@/app/(app)/clients/[id]/proposal/page";
import ResearchPage from "@/app/(app)/research/(study)/page";
import { codeLeaks, englishRuns, visibleText, withoutData } from "./helpers/catalog-text";
import { CLIENTS, DEMO_DATASET_NAMES, ENTERED_DATA, FIGURES, SCENARIO_VIEW } from "./helpers/page-fixtures";
import { REAL_DATA_TEXT, realDataView } from "./helpers/real-market-fixtures";

/**
 * Renders the proposal, research and admin pages, a saved scenario's view and the forms they open to static
 * HTML inside the real I18nProvider, and asserts that everything a reader sees came from the catalogs: no codes
 * in either language, no English left in Korean, no Korean in English. Only the session, the database reads and the
 * server actions are replaced; the view-models are the real ones, from the demo market. Tremor's charts draw
 * nothing without a browser, so their labels are not seen here (they come from the catalog all the same).
 */
const { state, unused } = vi.hoisted(() => ({
  state: { locale: "ko" as "en" | "ko" },
  /** The forms' server actions: never called by a render. */
  unused: async () => ({ ok: false, error: { code: "INTERNAL" } }),
}));

vi.mock("next/navigation", () => ({
  useRouter: () => ({ refresh: () => undefined, push: () => undefined }),
  notFound: () => {
    throw new Error("notFound");
  },
  redirect: () => {
    throw new Error("redirect");
  },
  forbidden: () => {
    throw new Error("forbidden");
  },
}));
vi.mock("@/lib/i18n/server", async () => {
  const { createTranslate, messagesFor: catalog } = await import("@/lib/i18n/translate");
  return { getTranslator: async () => ({ locale: state.locale, t: createTranslate(catalog(state.locale)) }) };
});
vi.mock("@/lib/auth/session", async () => {
  const { SESSION_USER: user } = await import("./helpers/page-fixtures");
  return { requireUser: async () => user, requireAdmin: async () => user };
});
vi.mock("@/lib/db/users", async () => ({ listFirmUsers: async () => (await import("./helpers/page-fixtures")).USERS }));
vi.mock("@/lib/db/datasets", async () => ({ listDatasets: async () => (await import("./helpers/page-fixtures")).DATASETS }));
vi.mock("@/lib/db/reference-figures", async () => ({ listReferenceFigures: async () => (await import("./helpers/page-fixtures")).FIGURES }));
vi.mock("@/app/(app)/clients/[id]/load-client", async () => {
  const { CLIENTS: clients } = await import("./helpers/page-fixtures");
  return { loadClientOrNotFound: async (_advisorId: string, id: string) => clients.find((c) => c.id === id) };
});
vi.mock("@/lib/services/proposal/generate-proposal", async () => {
  const { CLIENTS: clients, proposalFor: compose } = await import("./helpers/page-fixtures");
  return { generateProposal: async ({ clientId }: { clientId: string }) => compose(clients.find((c) => c.id === clientId)!) };
});
vi.mock("@/lib/actions/proposals/generate-proposal", () => ({ generateProposalAction: unused }));
vi.mock("@/lib/actions/scenarios/save-scenario", () => ({ saveScenarioAction: unused }));
vi.mock("@/lib/actions/admin/import-holdings", () => ({ importHoldingsAction: unused }));
vi.mock("@/lib/actions/admin/update-reference-figure", () => ({ updateReferenceFigureAction: unused, resetReferenceFigureAction: unused }));
vi.mock("@/lib/db/panel-datasets", async () => {
  // A stored panel in the research page's data-set choice, named as an import is (data shown as entered).
  const name = (await import("./helpers/page-fixtures")).DATASETS.find((d) => !d.synthetic)!.name;
  const summary = { securities: 5000, periods: 360, firstDate: "1995-01-31", lastDate: "2024-12-31" };
  return { listPanelDatasets: async () => [{ id: "panel-1", name, fileName: null, rowCount: 1_800_000, summary }] };
});
vi.mock("@/lib/actions/research/run-panel-study", () => ({ runPanelStudyAction: unused }));
vi.mock("@/lib/actions/research/study-jobs", () => ({ getStudyJobAction: unused, cancelStudyJobAction: unused }));

function render(locale: Locale, node: ReactNode): string {
  return visibleText(renderToStaticMarkup(jsx(I18nProvider, { locale, messages: messagesFor(locale), children: node })));
}

/** A server page in `locale`: its translator (getTranslator, mocked above) and the provider agree. */
async function renderPage(locale: Locale, page: () => Promise<ReactNode>): Promise<string> {
  state.locale = locale;
  return render(locale, await page());
}

/** Each page as a reader sees it, with the data it shows as entered. */
const PAGES: [string, (locale: Locale) => Promise<string>, readonly string[]][] = [
  ...CLIENTS.map((client): [string, (locale: Locale) => Promise<string>, readonly string[]] => [
    `proposal page for ${client.id}`,
    (locale) => renderPage(locale, () => ProposalPage({ params: Promise.resolve({ id: client.id }) })),
    [...ENTERED_DATA, ...DEMO_DATASET_NAMES],
  ]),
  [
    // The saved-scenario page shows these two for a stored view; here with assumptions changed on the proposal.
    "saved scenario view, assumptions changed",
    async (locale) => render(locale, [createElement(AssumptionsSummary, { key: "a", view: SCENARIO_VIEW }), createElement(ProposalView, { key: "v", view: SCENARIO_VIEW })]),
    [...ENTERED_DATA, ...DEMO_DATASET_NAMES],
  ],
  [
    // Real sleeves, real snapshots and estimate proxies beside demo ones: every source is named from the catalogs.
    "proposal view on real data",
    async (locale) => render(locale, createElement(ProposalView, { view: realDataView() })),
    [...ENTERED_DATA, ...REAL_DATA_TEXT],
  ],
  ["research page", (locale) => renderPage(locale, ResearchPage), ENTERED_DATA],
  ["admin page", (locale) => renderPage(locale, AdminPage), ENTERED_DATA],
  [
    "reference-figure form, opened",
    async (locale) => FIGURES.map((figure) => render(locale, createElement(ReferenceFigureForm, { figure, onSaved: () => undefined }))).join("\n"),
    ENTERED_DATA,
  ],
];

describe.each(PAGES)("%s", (_name, page, entered) => {
  test.each(["en", "ko"] as const)("%s: no codes, placeholders or file names", async (locale) => {
    expect(codeLeaks(withoutData(await page(locale), entered))).toEqual([]);
  });

  test("Korean: no English words outside proper nouns and entered data", async () => {
    expect(englishRuns(withoutData(await page("ko"), entered))).toEqual([]);
  });

  test("English: no Korean outside entered data", async () => {
    expect(withoutData(await page("en"), entered).match(/[가-힣]+/g) ?? []).toEqual([]);
  });
});

// The checks above pass on an empty page, so each page is shown to hold what it is about.
describe("the pages rendered their content", () => {
  test.each([
    ["proposal page for c-kr", ["이 배분의 근거", "주식 비중은", "투자 기간 8년", "생존 편향 처리"]],
    ["saved scenario view, assumptions changed", ["위험 성향", "5 · 공격투자형", "미국, 유럽 및 한국", "기사의 참고 수치", "이번 제안에서"]],
    ["proposal view on real data", ["일부 실제 데이터", "유럽 소형주", "코스닥 소형주", "추정치 대용 지표", "미 달러 기준", "예시"]],
    ["research page", ["연복리 수익률", "수익/위험", "소형주 효과는 정말 있을까?"]],
    ["admin page", ["관리자", "자문가", "자산군 수익률 이력", "데모용 합성 지수 구성 종목", "iShares Russell 2000 ETF (IWM) holdings"]],
    ["reference-figure form, opened", ["영어 이름", "한국어 이름", "초과"]],
  ])("%s", async (name, expected) => {
    const text = await PAGES.find(([page]) => page === name)![1]("ko");
    for (const part of expected) expect(text).toContain(part);
  });
});
