import type { MessageKey, Messages } from "./messages/en";

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/**
 * A translator over one catalog, `{name}` placeholders replaced; a key missing from `messages` falls back to
 * `fallback` (the server passes English), then to the key itself. Imports no catalog (only its types), so the
 * browser's bundle holds none: the provider receives the user's catalog from the server.
 */
export function translatorFor(messages: Messages, fallback?: Messages): Translate {
  return (key, vars) => {
    const template = messages[key] ?? fallback?.[key] ?? key;
    if (!vars) return template;
    return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
  };
}
