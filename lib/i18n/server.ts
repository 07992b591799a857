import { cookies } from "next/headers";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "./config";
import { createTranslate, messagesFor, type Translate } from "./translate";

/**
 * The active UI language: the browser's cookie (set when the user switches), else the language saved on
 * the user's account (so it follows them to a new browser), else English.
 */
export async function getLocale(userLocale?: string | null): Promise<Locale> {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(fromCookie)) return fromCookie;
  if (isLocale(userLocale)) return userLocale;
  return DEFAULT_LOCALE;
}

export async function getTranslator(userLocale?: string | null): Promise<{ locale: Locale; t: Translate }> {
  const locale = await getLocale(userLocale);
  return { locale, t: createTranslate(messagesFor(locale)) };
}
