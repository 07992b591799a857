import { formatPercent } from "@/lib/i18n/format";
import { COLORS, contentWidth, printable, REGULAR, type ReportContext } from "./context";
import { ensureSpace, SIZES } from "./layout";

/** One bar: a sleeve's weight, split into its active, passive and other (bonds, cash) parts. */
export type AllocationBar = { label: string; active: number; passive: number; other: number };

const BAR = 11;
const GAP = 5;
const LABEL_WIDTH = 170;
const VALUE_WIDTH = 48;

/**
 * Horizontal bars, one per sleeve, drawn as vector rectangles; the longest bar fills the width, and each
 * bar's total weight is printed after it.
 */
export function allocationChart({ doc, locale }: ReportContext, bars: readonly AllocationBar[]): void {
  const left = doc.page.margins.left;
  const barArea = contentWidth(doc) - LABEL_WIDTH - VALUE_WIDTH;
  const largest = Math.max(...bars.map((b) => b.active + b.passive + b.other), Number.EPSILON);
  ensureSpace(doc, bars.length * (BAR + GAP) + 10);
  let y = doc.y + 4;
  doc.font(REGULAR).fontSize(SIZES.small);
  for (const bar of bars) {
    doc.fillColor(COLORS.text).text(printable(bar.label), left, y + 1.5, { width: LABEL_WIDTH - 8, lineBreak: false });
    let x = left + LABEL_WIDTH;
    for (const [value, color] of [[bar.active, COLORS.active], [bar.passive, COLORS.passive], [bar.other, COLORS.other]] as const) {
      const width = (value / largest) * barArea;
      if (width > 0) doc.rect(x, y, width, BAR).fill(color);
      x += width;
    }
    const total = bar.active + bar.passive + bar.other;
    doc.fillColor(COLORS.text).text(formatPercent(locale, total, 1), x + 4, y + 1.5, { width: VALUE_WIDTH, lineBreak: false });
    y += BAR + GAP;
  }
  doc.x = left;
  doc.y = y + 4;
}

/** The legend of the bars: a swatch and a name for each part that appears. */
export function legend({ doc }: ReportContext, entries: readonly (readonly [string, string])[]): void {
  const left = doc.page.margins.left;
  let x = left;
  const y = doc.y;
  doc.font(REGULAR).fontSize(SIZES.small);
  for (const [name, color] of entries) {
    doc.rect(x, y + 1.5, 8, 8).fill(color);
    const text = printable(name);
    doc.fillColor(COLORS.text).text(text, x + 12, y + 1, { lineBreak: false });
    x += 12 + doc.widthOfString(text) + 16;
  }
  doc.x = left;
  doc.y = y + 16;
}
