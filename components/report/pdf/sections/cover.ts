import { formatCurrency, formatDate, formatMaybePercent, formatNumber } from "@/lib/i18n/format";
import { hasRealData } from "@/components/proposal/provenance-text";
import { BOLD, COLORS, contentWidth, printable, REGULAR, type ReportContext } from "../context";
import { keyValues, notice, SIZES, subheading } from "../layout";

/** Page 1: what the report is, for whom, by whom, when; the proposal in four figures; the notices. */
export function drawCover(ctx: ReportContext): void {
  const { doc, t, locale, view, meta } = ctx;
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  doc.font(REGULAR).fontSize(SIZES.body).fillColor(COLORS.muted);
  doc.text(printable(`${meta.firmName} · ${t("app.name")}`), left, doc.page.margins.top, { width });
  doc.moveDown(5);
  doc.font(BOLD).fontSize(SIZES.title).fillColor(COLORS.accent).text(printable(t("report.title")), left, doc.y, { width });
  doc.moveDown(0.3);
  doc.font(BOLD).fontSize(SIZES.heading).fillColor(COLORS.text).text(printable(meta.scenarioName), { width });
  doc.font(REGULAR).fontSize(SIZES.body).fillColor(COLORS.muted);
  doc.text(printable(t("report.versionLine", { version: meta.version, date: formatDate(locale, meta.savedAt, true) })), { width });
  doc.moveDown(2);
  keyValues(ctx, [
    [t("report.preparedFor"), meta.clientName],
    [t("report.preparedBy"), meta.advisorName],
    [t("report.firm"), meta.firmName],
    [t("report.preparedOn"), formatDate(locale, meta.preparedAt)],
  ]);
  subheading(ctx, t("report.atAGlance"));
  const { allocation, client } = view;
  keyValues(ctx, [
    [t("report.investableAssets"), formatCurrency(locale, client.investableAssets, client.currency)],
    [t("proposal.riskTolerance"), t(`risk.${(view.assumptions.riskTolerance ?? client.riskTolerance) as 1}`)],
    [t("report.horizon"), t("proposal.horizon", { years: formatNumber(locale, client.horizonYears) })],
    [t("proposal.equityShare"), formatMaybePercent(locale, allocation.equityShare, 0)],
    [t("proposal.smallCapOfEquities"), formatMaybePercent(locale, allocation.smallCapShareOfEquities, 1)],
    [t("proposal.activeOfEquities"), formatMaybePercent(locale, allocation.activeShareOfEquities, 0)],
    [t("proposal.expectedFee"), t("proposal.bpsPerYear", { value: formatNumber(locale, allocation.expectedFeeBps, 1) })],
  ]);
  doc.moveDown(1.5);
  if (hasRealData(view)) notice(ctx, t("provenance.partlyReal"));
  else if (view.synthetic) notice(ctx, t("proposal.synthetic"));
  notice(ctx, t("report.coverNotice"));
}
