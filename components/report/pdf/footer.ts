import { COLORS, contentWidth, printable, REGULAR, type ReportContext } from "./context";
import { SIZES } from "./layout";

/**
 * On every page, once all are laid out (the document buffers its pages): the scenario, version and client on
 * the left, "synthetic data" in the middle when demo data was used, and "Page n of N" on the right.
 */
export function drawFooters({ doc, t, view, meta }: ReportContext): void {
  const { start, count } = doc.bufferedPageRange();
  const left = printable(t("report.footer", { scenario: meta.scenarioName, version: meta.version, client: meta.clientName }));
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const { margins } = doc.page;
    const x = margins.left;
    const width = contentWidth(doc);
    const y = doc.page.height - margins.bottom + 24;
    // Text below the bottom margin would make pdfkit start a new page; the footer sits in the margin on purpose.
    const bottom = margins.bottom;
    margins.bottom = 0;
    doc.save().lineWidth(0.5).strokeColor(COLORS.rule).moveTo(x, y - 6).lineTo(x + width, y - 6).stroke().restore();
    doc.font(REGULAR).fontSize(SIZES.small).fillColor(COLORS.muted);
    doc.text(left, x, y, { width: width * 0.45, lineBreak: false });
    if (view.synthetic) doc.text(printable(t("common.synthetic")), x + width * 0.4, y, { width: width * 0.2, align: "center", lineBreak: false });
    doc.text(printable(t("report.page", { page: i - start + 1, pages: count })), x + width * 0.6, y, { width: width * 0.4, align: "right", lineBreak: false });
    margins.bottom = bottom;
  }
}
