import { formatNumber } from "@/lib/i18n/format";
import { COLORS, contentWidth, printable, REGULAR, type ReportContext } from "./context";
import { ensureSpace, SIZES } from "./layout";
import { niceTicks, yearTicks } from "./ticks";

export type LineSeries = { name: string; values: readonly number[]; color: string; dash?: boolean };

const AXIS_WIDTH = 36;
const X_AXIS_HEIGHT = 14;

/**
 * A line chart of series aligned on `points` (point 0 is the start, point k the end of months[k − 1]), drawn
 * with pdfkit's path operators: gridlines at round values, a year label under each tick, a legend on top.
 */
export function lineChart(ctx: ReportContext, months: readonly string[], series: readonly LineSeries[], height = 200): void {
  const { doc, locale } = ctx;
  const drawn = series.filter((s) => s.values.length === months.length + 1);
  const values = drawn.flatMap((s) => s.values);
  if (values.length === 0) return;
  ensureSpace(doc, height + 40);
  chartLegend(ctx, drawn);
  const left = doc.page.margins.left + AXIS_WIDTH;
  const width = contentWidth(doc) - AXIS_WIDTH;
  const top = doc.y;
  const plotHeight = height - X_AXIS_HEIGHT;
  const ticks = niceTicks(Math.min(...values), Math.max(...values), 5);
  const low = ticks[0]!;
  const high = ticks[ticks.length - 1]!;
  const xOf = (k: number) => left + (k / Math.max(months.length, 1)) * width;
  const yOf = (v: number) => top + plotHeight - ((v - low) / (high - low || 1)) * plotHeight;

  doc.font(REGULAR).fontSize(SIZES.small - 1);
  const digits = high - low < 1 ? 2 : 1;
  for (const tick of ticks) {
    doc.save().lineWidth(0.4).strokeColor(COLORS.grid).moveTo(left, yOf(tick)).lineTo(left + width, yOf(tick)).stroke().restore();
    doc.fillColor(COLORS.muted).text(formatNumber(locale, tick, digits), left - AXIS_WIDTH, yOf(tick) - 3.5, { width: AXIS_WIDTH - 4, align: "right", lineBreak: false });
  }
  for (const { index, label } of yearTicks(months)) {
    const x = xOf(index);
    doc.save().lineWidth(0.4).strokeColor(COLORS.rule).moveTo(x, top + plotHeight).lineTo(x, top + plotHeight + 3).stroke().restore();
    doc.fillColor(COLORS.muted).text(label, x - 15, top + plotHeight + 4, { width: 30, align: "center", lineBreak: false });
  }
  for (const s of drawn) {
    doc.save().lineWidth(s.dash ? 0.9 : 1.1).strokeColor(s.color);
    if (s.dash) doc.dash(3, { space: 2 });
    s.values.forEach((v, k) => (k === 0 ? doc.moveTo(xOf(k), yOf(v)) : doc.lineTo(xOf(k), yOf(v))));
    doc.stroke().restore();
  }
  doc.save().lineWidth(0.6).strokeColor(COLORS.muted).moveTo(left, top + plotHeight).lineTo(left + width, top + plotHeight).stroke().restore();
  doc.x = doc.page.margins.left;
  doc.y = top + height + 8;
}

function chartLegend({ doc }: ReportContext, series: readonly LineSeries[]): void {
  let x = doc.page.margins.left + AXIS_WIDTH;
  const y = doc.y;
  doc.font(REGULAR).fontSize(SIZES.small);
  for (const s of series) {
    doc.save().lineWidth(1.5).strokeColor(s.color);
    if (s.dash) doc.dash(3, { space: 2 });
    doc.moveTo(x, y + 5).lineTo(x + 16, y + 5).stroke().restore();
    const name = printable(s.name);
    doc.fillColor(COLORS.text).text(name, x + 20, y, { lineBreak: false });
    x += 20 + doc.widthOfString(name) + 16;
  }
  doc.x = doc.page.margins.left;
  doc.y = y + 16;
}
