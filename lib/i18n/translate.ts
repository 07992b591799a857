import { en, type MessageKey, type Messages } from "./messages/en";
import { ko } from "./messages/ko";
import type { Locale } from "./config";
import { translatorFor, type Translate } from "./template";

export type { Translate } from "./template";

const CATALOGS: Record<Locale, Messages> = { en, ko };

export function messagesFor(locale: Locale): Messages {
  return CATALOGS[locale];
}

/** Replaces `{name}` placeholders; an unknown key falls back to English, then to the key itself. */
export function createTranslate(messages: Messages): Translate {
  return translatorFor(messages, en);
}

export function isMessageKey(key: string): key is MessageKey {
  return key in en;
}
