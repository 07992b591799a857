/**
 * What a reader sees in rendered HTML, and the checks that it all came from the catalogs. Text nodes and the
 * attributes shown to people (title, placeholder, aria-label, alt) count; form values and ids do not.
 */
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#x27": "'", "#39": "'", nbsp: " " };

export function visibleText(html: string): string {
  const attributes = [...html.matchAll(/\s(?:title|placeholder|aria-label|alt)="([^"]*)"/g)].map((m) => m[1]);
  const text = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, " ").replace(/<[^>]+>/g, "\n");
  return [text, ...attributes].join("\n").replace(/&(#?\w+);/g, (all, name: string) => ENTITIES[name] ?? all);
}

/** Codes that must never reach the page: survivorship modes, sleeve and role ids, dataset kinds, file names, placeholders. */
export const CODE_PATTERNS: readonly RegExp[] = [
  /\btotal_loss\b|\blast_available\b/,
  /\b[A-Z]+_(SMALL|LARGE|MID)\b/,
  /\bADMIN\b|\bADVISOR\b/,
  // Data-set kinds are also English words ("snapshots"), so only a text node that is nothing but a kind counts.
  /^\s*(sleeve_history|snapshots|panel)\s*$/m,
  /domain\.md/,
  /\{\w+\}/,
];

/**
 * English a Korean page may show: proper nouns of funds, indices, companies and data sources, and commands
 * and file paths typed in a terminal (they are the same in every language). Everything else in Korean mode comes from the Korean catalog.
 */
export const PROPER_NOUNS: readonly RegExp[] = [
  /\bRussell \d+ (Growth |Value )?Index\b/g,
  /\bMSCI\b/g,
  /\bRussell\b/g,
  /\biShares\b/g,
  /\bKenneth (R\. )?French\b/g,
  /\bS&P\b/g,
  /\bSuper Micro Computer\b/g,
  /`?npm run [\w:-]+`?/g,
  /\bdocs\/[\w-]+\.md\b/g,
];

/** Two or more English words of three letters or more in a row ("Return/risk" too): a sentence or label left untranslated. */
const ENGLISH_RUN = /[A-Za-z]{3,}(?:[\s'’/-]+[A-Za-z]{3,})+/g;

export function englishRuns(text: string): string[] {
  const stripped = PROPER_NOUNS.reduce((s, noun) => s.replace(noun, " "), text);
  return stripped.match(ENGLISH_RUN) ?? [];
}

export function codeLeaks(text: string): string[] {
  return CODE_PATTERNS.flatMap((pattern) => text.match(new RegExp(pattern, `g${pattern.flags}`)) ?? []);
}

/** Removes data the user or an admin entered (names, e-mails, citations), which is shown as entered. */
export function withoutData(text: string, data: readonly string[]): string {
  return [...data].sort((a, b) => b.length - a.length).reduce((s, d) => s.split(d).join(" "), text);
}
