import type { ReferenceFigure } from "./reference-figures";
import { formatNumber, formatPercent } from "../i18n/format";
import type { Locale } from "../i18n/config";

const PREFIX: Record<ReferenceFigure["comparator"], string> = { eq: "", approx: "≈ ", gt: "> ", lt: "< " };

/** "> 40.0%", "15.0%–20.0%", "≈ 5.7": a reference figure as the source states it. */
export function formatReferenceValue(figure: ReferenceFigure, locale: Locale): string {
  const one = (v: number) => (figure.unit === "percent" ? formatPercent(locale, v, 2) : formatNumber(locale, v, 1));
  const body = figure.valueHigh === undefined ? one(figure.value) : `${one(figure.value)}–${one(figure.valueHigh)}`;
  return `${PREFIX[figure.comparator]}${body}`;
}
