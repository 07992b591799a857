import { formatNumber } from "@/lib/i18n/format";
import type { PercentileBand } from "@/lib/risk";
import { COLORS, contentWidth, printable, REGULAR, type ReportContext } from "./context";
import { ensureSpace, SIZES } from "./layout";
import { niceTicks } from "./ticks";

/** Fills of the outer (5th–95th) and inner (25th–75th) bands. */
const OUTER = "#dbeafe";
const INNER = "#93c5fd";
const AXIS_WIDTH = 70;
const X_AXIS_HEIGHT = 14;

export type FanLabels = { outer: string; inner: string; median: string; benchmark: string };

/**
 * A fan chart of wealth percentiles by year (point 0 is the start, all bands at `start`): the 5th–95th and
 * 25th–75th percentile bands as filled areas, the median as a line, and the benchmark's median dashed.
 */
export function fanChart(ctx: ReportContext, start: number, bands: readonly PercentileBand[], benchmarkMedian: readonly number[] | null, labels: FanLabels, height = 210): void {
  const { doc, locale } = ctx;
  if (bands.length === 0) return;
  ensureSpace(doc, height + 40);
  legend(ctx, labels, benchmarkMedian !== null);
  const points = [{ p5: start, p25: start, p50: start, p75: start, p95: start }, ...bands];
  const bench = benchmarkMedian ? [start, ...benchmarkMedian] : [];
  const values = [...points.flatMap((b) => [b.p5, b.p95]), ...bench];
  const ticks = niceTicks(Math.min(...values), Math.max(...values), 5);
  const low = ticks[0]!;
  const high = ticks[ticks.length - 1]!;
  const left = doc.page.margins.left + AXIS_WIDTH;
  const width = contentWidth(doc) - AXIS_WIDTH;
  const top = doc.y;
  const plotHeight = height - X_AXIS_HEIGHT;
  const xOf = (k: number) => left + (k / (points.length - 1)) * width;
  const yOf = (v: number) => top + plotHeight - ((v - low) / (high - low || 1)) * plotHeight;

  doc.font(REGULAR).fontSize(SIZES.small - 1);
  for (const tick of ticks) {
    doc.save().lineWidth(0.4).strokeColor(COLORS.grid).moveTo(left, yOf(tick)).lineTo(left + width, yOf(tick)).stroke().restore();
    doc.fillColor(COLORS.muted).text(formatNumber(locale, tick), left - AXIS_WIDTH, yOf(tick) - 3.5, { width: AXIS_WIDTH - 4, align: "right", lineBreak: false });
  }
  const step = Math.max(1, Math.ceil((points.length - 1) / 10));
  for (let k = 0; k < points.length; k += step) {
    doc.fillColor(COLORS.muted).text(formatNumber(locale, k), xOf(k) - 15, top + plotHeight + 4, { width: 30, align: "center", lineBreak: false });
  }
  const area = (lower: keyof PercentileBand, upper: keyof PercentileBand, color: string) => {
    doc.save().fillColor(color);
    points.forEach((b, k) => (k === 0 ? doc.moveTo(xOf(k), yOf(b[upper])) : doc.lineTo(xOf(k), yOf(b[upper]))));
    for (let k = points.length - 1; k >= 0; k--) doc.lineTo(xOf(k), yOf(points[k]![lower]));
    doc.closePath().fill().restore();
  };
  area("p5", "p95", OUTER);
  area("p25", "p75", INNER);
  const line = (values: readonly number[], color: string, dash: boolean) => {
    doc.save().lineWidth(1.2).strokeColor(color);
    if (dash) doc.dash(3, { space: 2 });
    values.forEach((v, k) => (k === 0 ? doc.moveTo(xOf(k), yOf(v)) : doc.lineTo(xOf(k), yOf(v))));
    doc.stroke().restore();
  };
  line(points.map((b) => b.p50), COLORS.net, false);
  if (bench.length > 0) line(bench, COLORS.benchmark, true);
  doc.save().lineWidth(0.6).strokeColor(COLORS.muted).moveTo(left, top + plotHeight).lineTo(left + width, top + plotHeight).stroke().restore();
  doc.x = doc.page.margins.left;
  doc.y = top + height + 8;
}

function legend({ doc }: ReportContext, labels: FanLabels, withBenchmark: boolean): void {
  let x = doc.page.margins.left + AXIS_WIDTH;
  const y = doc.y;
  doc.font(REGULAR).fontSize(SIZES.small);
  const item = (name: string, draw: (x: number) => void) => {
    draw(x);
    const text = printable(name);
    doc.fillColor(COLORS.text).text(text, x + 20, y, { lineBreak: false });
    x += 20 + doc.widthOfString(text) + 16;
  };
  item(labels.outer, (x0) => doc.save().rect(x0, y + 1, 16, 8).fill(OUTER).restore());
  item(labels.inner, (x0) => doc.save().rect(x0, y + 1, 16, 8).fill(INNER).restore());
  item(labels.median, (x0) => doc.save().lineWidth(1.5).strokeColor(COLORS.net).moveTo(x0, y + 5).lineTo(x0 + 16, y + 5).stroke().restore());
  if (withBenchmark) {
    item(labels.benchmark, (x0) => doc.save().lineWidth(1.5).strokeColor(COLORS.benchmark).dash(3, { space: 2 }).moveTo(x0, y + 5).lineTo(x0 + 16, y + 5).stroke().restore());
  }
  doc.x = doc.page.margins.left;
  doc.y = y + 16;
}
