import { renderToStaticMarkup } from "react-dom/server";
import { jsx } from "react/jsx-runtime";
import { beforeAll, describe, expect, test } from "vitest";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { RiskSection } from "@/components/proposal/risk-section";
import { ProposalView } from "@/components/proposal/proposal-view";
import { reportPdf, type ReportMeta } from "@/components/report";
import type { Locale } from "@/lib/i18n/config";
import { formatCurrency, formatPercent } from "@/lib/i18n/format";
import { messagesFor } from "@/lib/i18n/translate";
import { composeProposal } from "@/lib/services/proposal/compose";
import { composeRisk, withRisk } from "@/lib/services/proposal/risk";
import type { ProposalRisk } from "@/lib/services/proposal/risk-view";
import type { ProposalView as View } from "@/lib/services/proposal/view-model";
import { codeLeaks, englishRuns, visibleText } from "../app/helpers/catalog-text";
import { pageTexts } from "../../helpers/pdf-text";
import { historyFrom, KRW_CLIENT, marketWith } from "./fixtures";

/**
 * The risk section on the page and in the PDF, in both languages: the figures shown are the stored ones,
 * formatted, every word comes from the catalogs, and an episode the data does not cover says so.
 */
const market = marketWith(historyFrom("2005-01"));
const assumptions = { activeOverride: "model", rebalance: "annual", yearlyCashFlow: -10_000_000, inflationPct: 2, targetAmount: 400_000_000 } as const;
let risk: ProposalRisk;
let view: View;

beforeAll(() => {
  risk = composeRisk(KRW_CLIENT, market, assumptions, 500);
  view = withRisk(composeProposal(KRW_CLIENT, market, assumptions), risk);
});

const render = (locale: Locale, node: React.ReactNode) => renderToStaticMarkup(jsx(I18nProvider, { locale, messages: messagesFor(locale), children: node }));
const byTestId = (html: string, id: string) => html.match(new RegExp(`data-testid="${id}"[^>]*>([^<]*)<`))?.[1] ?? null;

describe.each(["en", "ko"] as const)("the risk section in %s", (locale) => {
  test("shows the median final wealth, the fit, the stress table with a row per episode and the shocks", () => {
    const html = render(locale, jsx(RiskSection, { risk }));
    const last = risk.projection.portfolio.years.at(-1)!;
    expect(byTestId(html, "risk-median-final")).toContain(formatCurrency(locale, last.wealth.p50, "KRW").replace(/&/g, "&amp;"));
    expect(html).toContain('data-testid="risk-fan-chart"');
    expect(html).toContain('data-testid="risk-fit"');
    expect(html).toContain(`data-fits="${risk.fit.fits}"`);
    const stress = html.slice(html.indexOf('data-testid="stress-table"'));
    expect(stress.match(/<tr data-covered=/g)).toHaveLength(5);
    expect(stress).toContain('data-covered="false"');
    expect(html).toContain(messagesFor(locale)["stress.notCovered"]);
    // The shock in money, as stored.
    expect(html).toContain(formatCurrency(locale, risk.shocks.proposal.amountChange, "KRW").replace(/&/g, "&amp;"));
    // Withdrawals can empty a path: the depleted column is shown; a target was given: so is its column.
    expect(html).toContain(messagesFor(locale)["projection.col.depleted"]);
  });

  test("all its words come from the catalog", () => {
    const text = visibleText(render(locale, jsx(RiskSection, { risk })));
    expect(codeLeaks(text)).toEqual([]);
    if (locale === "ko") expect(englishRuns(text)).toEqual([]);
    else expect(text.match(/[가-힣]+/g) ?? []).toEqual([]);
  });
});

describe("a saved view", () => {
  test("shows its stored risk section and the projection's method and seed", () => {
    const html = render("en", jsx(ProposalView, { view }));
    expect(html).toContain('data-testid="risk-section"');
    const stamp = byTestId(html, "risk-methodology")!;
    expect(stamp).toContain(`seed ${risk.projection.methodology.seed}`);
    expect(stamp).toContain("500 paths");
  });

  test("a view without one shows none", () => {
    const { risk: _omitted, ...old } = view;
    void _omitted;
    const html = render("en", jsx(ProposalView, { view: { ...old, methodology: { ...old.methodology, risk: undefined } } }));
    expect(html).not.toContain('data-testid="risk-section"');
    expect(html).not.toContain('data-testid="risk-methodology"');
  });
});

describe("the PDF's risk page", () => {
  const FIXED = { savedAt: new Date("2026-02-01T08:00:00Z"), preparedAt: new Date("2026-03-01T09:00:00Z"), version: 1 };
  const meta = (locale: Locale): ReportMeta => ({ ...FIXED, clientName: "Risk test", advisorName: "Adviser", firmName: "Firm", scenarioName: "Plan", locale });
  const joined = (pages: { text: string }[]) => pages.map((p) => p.text).join("\n").replace(/-\n/g, "-").replace(/\s+/g, " ");

  test.each(["en", "ko"] as const)("%s: a page for it after the back-test, with the stored figures", async (locale) => {
    const m = messagesFor(locale);
    const withPages = pageTexts(await reportPdf(view, meta(locale)));
    const withoutPages = pageTexts(await reportPdf(composeProposal(KRW_CLIENT, market, assumptions), meta(locale)));
    expect(withPages.length).toBeGreaterThan(withoutPages.length);
    expect(withPages.every((p) => p.missingGlyphs === 0)).toBe(true);
    const text = joined(withPages);
    // Korean lines break between any two syllables, so words are looked for with the spaces taken out.
    const squeezed = text.replace(/\s/g, "");
    const has = (words: string) => expect(squeezed).toContain(words.replace(/\s/g, ""));
    for (const key of ["projection.title", "stress.title", "shock.title", "riskFit.title", "stress.episode.gfc", "stress.notCovered"] as const) has(m[key]);
    expect(joined(withoutPages)).not.toContain(m["stress.title"]);
    const last = risk.projection.portfolio.years.at(-1)!;
    has(formatCurrency(locale, last.wealth.p50, "KRW"));
    const gfc = risk.stress.find((e) => e.id === "gfc")!;
    if (!gfc.covered) throw new Error("the history from 2005 covers the GFC");
    has(formatPercent(locale, gfc.portfolio.cumulativeReturn, 1));
    has(formatCurrency(locale, risk.shocks.proposal.amountChange, "KRW"));
  }, 60_000);
});
