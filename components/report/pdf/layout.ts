import { BOLD, COLORS, contentWidth, printable, REGULAR, type ReportContext } from "./context";

/** Flowing text on the page, from pdfkit's cursor (doc.x, doc.y); a block that does not fit starts a new page. */

export const SIZES = { title: 24, heading: 15, subheading: 11, body: 9.5, small: 8 } as const;

/** Starts a new page unless `height` points are left above the bottom margin. */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

export function heading({ doc }: ReportContext, text: string): void {
  ensureSpace(doc, 60);
  doc.font(BOLD).fontSize(SIZES.heading).fillColor(COLORS.text);
  doc.text(printable(text), doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.4);
}

export function subheading({ doc }: ReportContext, text: string, size: number = SIZES.subheading): void {
  ensureSpace(doc, 40);
  doc.moveDown(size < SIZES.subheading ? 0.3 : 0.6);
  doc.font(BOLD).fontSize(size).fillColor(COLORS.text);
  doc.text(printable(text), doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3);
}

export function paragraph({ doc }: ReportContext, text: string, options: { size?: number; color?: string } = {}): void {
  doc.font(REGULAR).fontSize(options.size ?? SIZES.body).fillColor(options.color ?? COLORS.text);
  const width = contentWidth(doc);
  ensureSpace(doc, Math.min(doc.heightOfString(printable(text), { width }), 120));
  doc.text(printable(text), doc.page.margins.left, doc.y, { width, lineGap: 1.5 });
  doc.moveDown(0.5);
}

/** A list with a bullet before each item; a continued item keeps its indent. */
export function bullets({ doc }: ReportContext, items: readonly string[], size: number = SIZES.body): void {
  const indent = 12;
  const left = doc.page.margins.left;
  const width = contentWidth(doc) - indent;
  doc.font(REGULAR).fontSize(size).fillColor(COLORS.text);
  for (const item of items) {
    const text = printable(item);
    ensureSpace(doc, Math.min(doc.heightOfString(text, { width }), 80));
    const y = doc.y;
    doc.text("•", left + 2, y, { width: indent, lineBreak: false });
    doc.text(text, left + indent, y, { width, lineGap: 1 });
    doc.moveDown(0.2);
  }
}

/** A box with a coloured border around a short notice (synthetic data, the cover's pointer to the disclosure). */
export function notice({ doc }: ReportContext, text: string): void {
  const pad = 8;
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  doc.font(REGULAR).fontSize(SIZES.body);
  const height = doc.heightOfString(printable(text), { width: width - 2 * pad, lineGap: 1.5 }) + 2 * pad;
  ensureSpace(doc, height);
  const top = doc.y;
  doc.save().lineWidth(0.8).rect(left, top, width, height).fillAndStroke(COLORS.noticeFill, COLORS.noticeStroke).restore();
  doc.fillColor(COLORS.text).text(printable(text), left + pad, top + pad, { width: width - 2 * pad, lineGap: 1.5 });
  doc.x = left;
  doc.y = top + height + 10;
}

/** Label and value pairs in two columns, the label muted. */
export function keyValues({ doc }: ReportContext, rows: readonly (readonly [string, string])[], labelWidth = 150): void {
  const left = doc.page.margins.left;
  const valueWidth = contentWidth(doc) - labelWidth;
  for (const [label, value] of rows) {
    doc.font(REGULAR).fontSize(SIZES.body);
    const height = Math.max(doc.heightOfString(printable(value), { width: valueWidth }), doc.heightOfString(printable(label), { width: labelWidth - 8 }));
    ensureSpace(doc, height);
    const y = doc.y;
    doc.fillColor(COLORS.muted).text(printable(label), left, y, { width: labelWidth - 8 });
    doc.fillColor(COLORS.text).text(printable(value), left + labelWidth, y, { width: valueWidth });
    doc.x = left;
    doc.y = y + height + 4;
  }
}
