import type { ImportError } from "../../lib/data/import-result";
import type { Locale } from "../../lib/i18n/config";
import { formatNumber } from "../../lib/i18n/format";
import type { Translate } from "../../lib/i18n/translate";

/**
 * An importer's error (lib/data/import-result.ts) as one sentence in the reader's language: the admin upload
 * and both CLIs word errors here and nowhere else. Each code has its own catalog key, `importError.<code>`,
 * typed as a template literal over the codes, so a code without a sentence fails `tsc`. Numbers (lines,
 * counts, byte positions) are formatted for the locale; cells and column names are shown as entered.
 * A plain module (no React, relative imports) so that scripts run by tsx can import it.
 * @example importErrorText({ line: 12, column: "Weight (%)", code: "not_a_number", params: { value: "n/a" } }, t, "en")
 *   // 'Line 12, column "Weight (%)": expected a number: "n/a"'
 */
export function importErrorText(error: ImportError, t: Translate, locale: Locale): string {
  const params = Object.fromEntries(Object.entries(error.params).map(([name, v]) => [name, typeof v === "number" ? formatNumber(locale, v) : v]));
  const message = t(`importError.${error.code}`, params);
  const { column } = error;
  if (error.line === null) return column === null ? message : t("importPlace.column", { column, message });
  const line = formatNumber(locale, error.line);
  return column === null ? t("importPlace.line", { line, message }) : t("importPlace.lineColumn", { line, column, message });
}

/**
 * The closing line of a cut error list, e.g. "…and 80 more errors (100 in all)"; null when nothing was cut.
 * @example moreImportErrorsText(20, 137, t, "en") // "…and 117 more errors (137 in all)"
 */
export function moreImportErrorsText(shown: number, total: number, t: Translate, locale: Locale): string | null {
  const more = total - shown;
  if (more <= 0) return null;
  return t(`importList.more.${more === 1 ? "one" : "other"}`, { more: formatNumber(locale, more), total: formatNumber(locale, total) });
}
