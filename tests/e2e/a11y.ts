import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/** WCAG 2.1 A and AA, plus axe's best practices (headings, landmarks, …), as Lighthouse checks them too. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] as const;

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

/** Issue #14 allows none of these; moderate and minor findings are attached to the report, not failed on. */
const BLOCKING: readonly string[] = ["serious", "critical"];

/** One line per offending element: impact, rule, what the rule asks, and where (axe's selector). */
export function describeViolations(violations: readonly Violation[]): string[] {
  return violations.flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id} (${v.help}): ${n.target.map(String).join(" ")}`));
}

/**
 * Runs axe on the page as it is now and fails the test (softly, so one run lists every page) with a readable
 * list of the serious and critical violations. Every finding, whatever its impact, is attached as
 * `axe <label>` (counts by impact and rule, and each element) so a report shows what is left below the bar.
 */
export async function expectNoSeriousA11yViolations(page: Page, label: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags([...AXE_TAGS]).analyze();
  const counts = Object.fromEntries(violations.map((v) => [`${v.impact} ${v.id}`, v.nodes.length]));
  const findings = { url: page.url(), counts, nodes: describeViolations(violations) };
  await test.info().attach(`axe ${label}`, { body: JSON.stringify(findings, null, 1), contentType: "application/json" });
  const blocking = violations.filter((v) => BLOCKING.includes(v.impact ?? ""));
  expect.soft(describeViolations(blocking), `serious or critical axe violations on ${label}`).toEqual([]);
}
