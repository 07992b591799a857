import { createElement, type ReactNode } from "react";
import { jsx } from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test, vi } from "vitest";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { messagesFor } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/config";
import { compareProposals } from "@/lib/scenarios/diff";
import { overlayWealth } from "@/lib/scenarios/wealth-overlay";
import { SCENARIO_EVENT_KINDS } from "@/lib/scenarios/events";
import { CompareView } from "@/components/scenarios/compare-view";
import { EventTimeline } from "@/components/scenarios/event-timeline";
import { VersionList } from "@/components/scenarios/version-list";
import { StatusControl } from "@/components/scenarios/status-control";
import { UnreadableVersion } from "@/components/scenarios/unreadable-version";
import { SaveVersionFeedback } from "@/components/scenarios/save-version-feedback";
import { ScenarioFilters } from "@/components/scenarios/scenario-filters";
import { ScenarioTable } from "@/components/scenarios/scenario-table";
import { ExportLinks } from "@/components/scenarios/export-links";
import { proposal } from "./helpers/proposals";

/**
 * The scenario components rendered to HTML in both languages, with real data: every word comes from the
 * catalogs (no key, placeholder or code reaches the page) and nothing throws.
 */
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => undefined }) }));
vi.mock("@/lib/actions/scenarios/change-scenario-status", () => ({ changeScenarioStatusAction: async () => ({ ok: false, error: { code: "INTERNAL" } }) }));

const AT = new Date("2026-03-01T09:30:00Z");
const USER = "Daniel Park";
const views = [proposal({ riskTolerance: 2 }), proposal({ riskTolerance: 5, rebalance: "quarterly" })];
const columns = ["Base, version 1", "Base, version 2"];
const events = SCENARIO_EVENT_KINDS.map((kind, i) => ({
  id: `e${i}`,
  kind,
  version: 1,
  fromStatus: kind === "status_changed" ? ("draft" as const) : null,
  toStatus: kind === "status_changed" ? ("proposed" as const) : null,
  createdAt: AT,
  userName: USER,
}));
const query = { q: "", clientId: null, status: null, from: null, to: null, sort: "updated" as const, page: 1 };
const row = { id: "s1", name: "Base", clientId: "c1", clientName: "Client", status: "accepted" as const, latestVersion: 2, createdAt: AT, updatedAt: AT };

const NODES: [string, ReactNode][] = [
  [
    "compare view",
    createElement(CompareView, {
      columns,
      comparison: compareProposals(views),
      wealth: overlayWealth(views.map((v, i) => ({ key: columns[i]!, months: v.backtest.months, wealth: v.backtest.proposal.wealthNet }))),
    }),
  ],
  ["timeline", createElement(EventTimeline, { events })],
  ["versions", createElement(VersionList, { scenarioId: "s1", versions: [{ version: 2, savedAt: AT, savedBy: USER }, { version: 1, savedAt: AT, savedBy: null }], current: 2 })],
  ["status control", createElement(StatusControl, { scenarioId: "s1", status: "proposed", changed: { by: USER, at: AT } })],
  ["unreadable version", createElement(UnreadableVersion, { engineVersion: null })],
  ["conflict", createElement(SaveVersionFeedback, { scenarioId: "s1", state: { pending: false, error: null, saved: null, conflict: { version: 4, savedBy: USER, savedAt: AT } } })],
  ["filters and table", createElement("div", null, createElement(ScenarioFilters, { query, clients: [{ id: "c1", name: "Client" }] }), createElement(ScenarioTable, { rows: [row] }))],
  ["export links", createElement(ExportLinks, { scenarioId: "s1", version: 2 })],
];

function render(locale: Locale, node: ReactNode): string {
  const html = renderToStaticMarkup(jsx(I18nProvider, { locale, messages: messagesFor(locale), children: node }));
  const attributes = [...html.matchAll(/\s(?:title|placeholder|aria-label)="([^"]*)"/g)].map((m) => m[1]);
  return [html.replace(/<[^>]+>/g, "\n"), ...attributes].join("\n").replace(/&amp;/g, "&");
}

const CODES = /\bscenarios\.[a-z]|\{\w+\}|\b(global_60_40|current_allocation|status_changed|version_saved|exported_\w+|weights_csv|backtest_csv|[A-Z]+_(SMALL|LARGE))\b/;
/** Status and rebalancing codes are English words too: only in Korean is one of them a leak. */
const CODE_WORDS = /\b(draft|proposed|accepted|declined|annual|quarterly)\b/i;

describe.each(NODES)("%s", (_name, node) => {
  test.each(["en", "ko"] as const)("%s: rendered from the catalog, no keys or codes", (locale) => {
    const text = render(locale, node);
    expect(text.replace(/\s+/g, "").length).toBeGreaterThan(0);
    expect(text.match(CODES)).toBeNull();
  });

  test("English has no Korean; Korean has its own words", () => {
    expect(render("en", node).match(/[가-힣]+/g)).toBeNull();
    expect(render("ko", node)).toMatch(/[가-힣]/);
    expect(render("ko", node).match(CODE_WORDS)).toBeNull();
  });
});

test("the timeline names every kind of event, newest first", () => {
  const text = render("en", createElement(EventTimeline, { events }));
  expect(text).toContain(`${USER} changed the status from Draft to Proposed (version 1)`);
  expect(text).toContain(`${USER} exported the back-test of version 1 as a CSV file`);
  expect(text.indexOf("back-test")).toBeLessThan(text.indexOf("created the scenario"));
});

test("the conflict message names the version, who saved it and when", () => {
  const node = NODES.find(([name]) => name === "conflict")![1];
  expect(render("en", node)).toContain("Version 4 was saved by Daniel Park at Mar 1, 2026, 9:30 AM; reload to see it.");
  expect(render("ko", node)).toMatch(/Daniel Park 님이 2026\. 3\. 1\. .*9:30에 버전 4 저장을 먼저 마쳤습니다\./);
});
