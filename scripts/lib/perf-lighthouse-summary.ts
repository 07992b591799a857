import type { Result } from "lighthouse";

/** One page's Lighthouse figures: scores 0–100, times in ms, CLS unitless. */
export type PageAudit = {
  path: string;
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Accessibility audits that failed (scored below 1), by id. */
  failingA11y: string[];
};

const score = (lhr: Result, category: string) => Math.round((lhr.categories[category]?.score ?? NaN) * 100);
const metric = (lhr: Result, audit: string) => lhr.audits[audit]?.numericValue ?? NaN;

/** The figures of one Lighthouse report; a category or metric that did not run is NaN. */
export function summarise(path: string, lhr: Result): PageAudit {
  const a11yRefs = lhr.categories.accessibility?.auditRefs ?? [];
  const failingA11y = a11yRefs
    .map((ref) => lhr.audits[ref.id])
    // Manual, informative and not-applicable audits have a null score: only scored audits can fail.
    .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
    .map((audit) => audit!.id);
  return {
    path,
    performance: score(lhr, "performance"),
    accessibility: score(lhr, "accessibility"),
    fcpMs: metric(lhr, "first-contentful-paint"),
    lcpMs: metric(lhr, "largest-contentful-paint"),
    tbtMs: metric(lhr, "total-blocking-time"),
    cls: metric(lhr, "cumulative-layout-shift"),
    failingA11y,
  };
}
