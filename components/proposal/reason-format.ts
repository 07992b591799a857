import type { Locale } from "@/lib/i18n/config";
import { formatCurrency, formatNumberUpTo, formatPercentUpTo } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";

/**
 * The formats every reason sentence uses, all through lib/i18n/format: weights to 0.1% and scores to 0.01
 * without trailing zeros, amounts in the client's currency, fees to 0.1 bp, and expected excess returns to
 * 0.01% (they are often a few hundredths of a percent, which one decimal would show as 0%).
 */
export type ReasonFormat = {
  t: Translate;
  pct: (x: number) => string;
  money: (x: number, currency: string) => string;
  excess: (x: number | null) => string;
  score: (x: number | null) => string;
  bp: (x: number) => string;
};

export function reasonFormat(t: Translate, locale: Locale): ReasonFormat {
  return {
    t,
    pct: (x) => formatPercentUpTo(locale, x, 1),
    money: (x, currency) => formatCurrency(locale, x, currency),
    excess: (x) => (x === null ? "—" : formatPercentUpTo(locale, x, 2)),
    score: (x) => (x === null ? "—" : formatNumberUpTo(locale, x, 2)),
    bp: (x) => formatNumberUpTo(locale, x, 1),
  };
}

