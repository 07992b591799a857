import { en, type MessageKey, type Messages } from "./messages/en";
import { ko } from "./messages/ko";
import type { Locale } from "./config";

const CATALOGS: Record<Locale, Messages> = { en, ko };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function messagesFor(locale: Locale): Messages {
  return CATALOGS[locale];
}

/** Replaces `{name}` placeholders; an unknown key falls back to English, then to the key itself. */
export function createTranslate(messages: Messages): Translate {
  return (key, vars) => {
    const template = messages[key] ?? en[key] ?? key;
    if (!vars) return template;
    return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
  };
}

export function isMessageKey(key: string): key is MessageKey {
  return key in en;
}
