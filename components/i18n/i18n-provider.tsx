"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Locale } from "@/lib/i18n/config";
import type { MessageKey, Messages } from "@/lib/i18n/messages/en";
import { translatorFor, type Translate } from "@/lib/i18n/template";

type I18n = {
  locale: Locale;
  t: Translate;
  /** Whether `key` is a catalog key (an error that carries a message key rather than text). */
  isKey: (key: string) => key is MessageKey;
};

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ locale, messages, children }: { locale: Locale; messages: Messages; children: ReactNode }) {
  // Every catalog has every key (ko is typed against en), so the browser needs no fallback catalog.
  const value = useMemo(() => ({ locale, t: translatorFor(messages), isKey: (key: string): key is MessageKey => key in messages }), [locale, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n: missing I18nProvider");
  return value;
}
