import { BOLD, COLORS, contentWidth, printable, REGULAR } from "./context";
import { SIZES } from "./layout";

/** `width` is a share of the content width; the shares of a table's columns add up to 1. */
export type Column = { header: string; width: number; align?: "left" | "right" };

export type TableOptions = {
  size?: number;
  /** Rows drawn in bold (a total line). */
  bold?: ReadonlySet<number>;
  /** Rows that start a group get a rule above them. */
  groupStarts?: ReadonlySet<number>;
};

const PAD = 3;

/**
 * A table at the cursor: a bold header with a rule under it, then rows whose height fits their tallest cell.
 * A row that does not fit on the page starts a new one, with the header drawn again.
 */
export function table(doc: PDFKit.PDFDocument, columns: readonly Column[], rows: readonly (readonly string[])[], options: TableOptions = {}): void {
  const size = options.size ?? SIZES.small;
  const left = doc.page.margins.left;
  const total = contentWidth(doc);
  const widths = columns.map((c) => c.width * total);
  const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((a, b) => a + b, 0));

  const rowHeight = (cells: readonly string[], font: string) => {
    doc.font(font).fontSize(size);
    return Math.max(...cells.map((cell, i) => doc.heightOfString(printable(cell), { width: widths[i]! - 2 * PAD }))) + 2 * PAD;
  };
  const drawRow = (cells: readonly string[], font: string, color: string) => {
    const height = rowHeight(cells, font);
    const y = doc.y;
    doc.font(font).fontSize(size).fillColor(color);
    cells.forEach((cell, i) => doc.text(printable(cell), xs[i]! + PAD, y + PAD, { width: widths[i]! - 2 * PAD, align: columns[i]!.align ?? "left" }));
    doc.x = left;
    doc.y = y + height;
  };
  const rule = (weight: number, color: string) => {
    doc.save().lineWidth(weight).strokeColor(color).moveTo(left, doc.y).lineTo(left + total, doc.y).stroke().restore();
  };
  const header = () => {
    drawRow(columns.map((c) => c.header), BOLD, COLORS.muted);
    rule(0.8, COLORS.text);
  };
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  if (doc.y + rowHeight(columns.map((c) => c.header), BOLD) + rowHeight(rows[0] ?? [], REGULAR) > bottom()) doc.addPage();
  header();
  rows.forEach((cells, r) => {
    const font = options.bold?.has(r) ? BOLD : REGULAR;
    if (doc.y + rowHeight(cells, font) > bottom()) {
      doc.addPage();
      header();
    } else if (options.groupStarts?.has(r) || options.bold?.has(r)) {
      rule(0.5, COLORS.rule);
    }
    drawRow(cells, font, COLORS.text);
  });
  rule(0.5, COLORS.rule);
  doc.moveDown(0.6);
}
