import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumberUpTo, formatPercentUpTo } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import type { ReferenceFigure } from "@/lib/metrics/reference-figures";

/**
 * A reference figure as its source states it, in the UI language: "over 40%", "15% to 20%", "about 5.7"
 * (the comparator's words come from the catalog). Percentages keep up to two decimals (the article's 0.67%).
 */
export function referenceValue(figure: ReferenceFigure, t: Translate, locale: Locale): string {
  const one = (v: number) => (figure.unit === "percent" ? formatPercentUpTo(locale, v, 2) : formatNumberUpTo(locale, v, 1));
  const value = figure.valueHigh === undefined ? one(figure.value) : t("reference.range", { low: one(figure.value), high: one(figure.valueHigh) });
  return t(`reference.${figure.comparator}`, { value });
}

/** Which stored label names a figure in each UI language (a new language needs a field here, or tsc fails). */
const LABEL_FIELD: Record<Locale, "label" | "labelKo"> = { en: "label", ko: "labelKo" };

export function referenceLabel(figure: ReferenceFigure, locale: Locale): string {
  return figure[LABEL_FIELD[locale]];
}

/** "Russell Investments … · May 30, 2025": the figure's source as entered, and its date in the locale's format. */
export function referenceSource(figure: ReferenceFigure, locale: Locale): string {
  return `${figure.source} · ${formatDate(locale, figure.asOf)}`;
}
