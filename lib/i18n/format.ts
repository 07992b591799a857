import { INTL_LOCALE, type Locale } from "./config";

/**
 * Every number, percentage, amount and date on screen goes through these, with the active locale, so the
 * Korean UI shows Korean formats (e.g. ₩ without decimals, 2026. 11. 21.).
 */
export function formatNumber(locale: Locale, value: number, digits = 0): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** `value` is a fraction: 0.0123 → "1.23%". */
export function formatPercent(locale: Locale, value: number, digits = 1): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: "percent",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

export function formatCurrency(locale: Locale, value: number, currency: string): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: "currency",
    currency,
    maximumFractionDigits: currency === "KRW" || currency === "JPY" ? 0 : 2,
  }).format(value);
}

export function formatDate(locale: Locale, value: Date | string, withTime = false): string {
  const date = typeof value === "string" ? new Date(value) : value;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: "medium",
    ...(withTime ? { timeStyle: "short" } : {}),
    timeZone: "UTC",
  }).format(date);
}

/** Formats a possibly-undefined statistic; undefined figures are shown as an em dash, never as 0. */
export function formatMaybePercent(locale: Locale, value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined || !Number.isFinite(value) ? "—" : formatPercent(locale, value, digits);
}
