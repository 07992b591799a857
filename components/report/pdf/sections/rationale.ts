import { lineLabel } from "@/components/proposal/labels";
import { reasonText } from "@/components/proposal/reason-text";
import { sortedLines } from "../../lines";
import type { ReportContext } from "../context";
import { bullets, heading, SIZES, subheading } from "../layout";

/** Every weight's reasons as sentences, portfolio-level first, with the same sentences as the proposal page. */
export function drawRationale(ctx: ReportContext): void {
  const { t, locale, view } = ctx;
  heading(ctx, t("proposal.rationale"));
  subheading(ctx, t("report.portfolioReasons"));
  // One size smaller than running text: a proposal has a dozen lines with two to four reasons each.
  const size = SIZES.body - 1;
  bullets(ctx, view.allocation.reasons.map((r) => reasonText(r, t, locale)), size);
  for (const line of sortedLines(view.allocation.lines)) {
    if (line.reasons.length === 0) continue;
    subheading(ctx, lineLabel(line, t), SIZES.body);
    bullets(ctx, line.reasons.map((r) => reasonText(r, t, locale)), size);
  }
}
