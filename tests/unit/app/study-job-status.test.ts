import { jsx } from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test, vi } from "vitest";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { StudyJobStatus } from "@/components/research/study-job-status";
import { JOB_ERRORS } from "@/lib/db/backtest-jobs";
import type { Locale } from "@/lib/i18n/config";
import { messagesFor } from "@/lib/i18n/translate";
import type { StudyJobView } from "@/lib/services/research/panel-study";
import { visibleText } from "./helpers/catalog-text";

// The polling and cancel actions are never called by a render.
vi.mock("@/lib/actions/research/study-jobs", () => ({ getStudyJobAction: vi.fn(), cancelStudyJobAction: vi.fn() }));
// A finished size-effect job refreshes its page; a static render has no router.
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => undefined }) }));

const base: StudyJobView = { id: "j1", kind: "study", datasetId: "d1", status: "queued", progress: 0, error: null, cancelRequested: false, createdAt: "2026-01-01T00:00:00.000Z", finishedAt: null, study: null };

function render(locale: Locale, job: Partial<StudyJobView>, cached = false): string {
  const node = jsx(StudyJobStatus, { initial: { ...base, ...job }, cached });
  return visibleText(renderToStaticMarkup(jsx(I18nProvider, { locale, messages: messagesFor(locale), children: node })));
}

describe("a study job's state, in words from the catalogs", () => {
  test.each(["en", "ko"] as const)("%s: every status and failure reads as its catalog sentence, never as a code", (locale) => {
    const m = messagesFor(locale);
    expect(render(locale, { status: "queued" })).toContain(m["research.job.queued"]);
    expect(render(locale, { status: "running", progress: 0.4 })).toContain(m["research.job.running"].replace("{percent}", "40%"));
    expect(render(locale, { status: "running", progress: 0.4, cancelRequested: true })).toContain(m["research.job.stopping"]);
    expect(render(locale, { status: "cancelled" })).toContain(m["research.job.cancelled"]);
    expect(render(locale, { status: "done" }, true)).toContain(m["research.job.cached"]);
    for (const error of JOB_ERRORS) {
      const text = render(locale, { status: "failed", error });
      expect(text).toContain(m[`research.jobError.${error}`]);
      expect(text).not.toContain(error);
    }
  });

  test("the progress bar and Cancel show only while the job is open", () => {
    expect(renderToStaticMarkup(jsx(I18nProvider, { locale: "en", messages: messagesFor("en"), children: jsx(StudyJobStatus, { initial: { ...base, status: "running", progress: 0.25 }, cached: false }) }))).toMatch(
      /<progress[^>]*value="0.25"/,
    );
    const button = /<button[^>]*data-testid="study-cancel"/;
    const html = (status: StudyJobView["status"]) =>
      renderToStaticMarkup(jsx(I18nProvider, { locale: "en", messages: messagesFor("en"), children: jsx(StudyJobStatus, { initial: { ...base, status }, cached: false }) }));
    expect(html("running")).toMatch(button);
    expect(html("queued")).toMatch(button);
    expect(html("cancelled")).not.toMatch(button);
    expect(html("done")).not.toMatch(button);
  });
});
