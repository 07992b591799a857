import { importErrorText, moreImportErrorsText } from "../../components/data/import-error-text";
import type { ImportErrorList } from "../../lib/data/import-result";
import type { Locale } from "../../lib/i18n/config";
import { createTranslate, messagesFor, type Translate } from "../../lib/i18n/translate";

/**
 * The language of the CLIs' messages: `--lang en|ko` when given, else Korean when the locale environment says
 * so (the first of LC_ALL, LC_MESSAGES and LANG that is set, as POSIX reads them, starts with "ko", e.g.
 * LANG=ko_KR.UTF-8), else English.
 * @example cliLocale(undefined, { LANG: "ko_KR.UTF-8" }) → "ko"; cliLocale("en", { LANG: "ko_KR.UTF-8" }) → "en"
 */
export function cliLocale(flag: Locale | null | undefined, env: Readonly<Record<string, string | undefined>>): Locale {
  if (flag) return flag;
  const setting = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "") ?? "";
  return setting.toLowerCase().startsWith("ko") ? "ko" : "en";
}

export function cliTranslate(locale: Locale): Translate {
  return createTranslate(messagesFor(locale));
}

/**
 * The lines a CLI prints for a refused file, each starting with the file's name: every error the importer kept
 * (it keeps MAX_IMPORT_ERRORS), then "…and N more errors (M in all)" when it found more.
 * @example importErrorLines("bad.csv", failure, "en") → ['bad.csv: Line 4, column "market_cap": must be >= 0: "-5"']
 */
export function importErrorLines(file: string, { errors, total }: ImportErrorList, locale: Locale): string[] {
  const t = cliTranslate(locale);
  const more = moreImportErrorsText(errors.length, total, t, locale);
  return [...errors.map((e) => importErrorText(e, t, locale)), ...(more === null ? [] : [more])].map((line) => `${file}: ${line}`);
}
