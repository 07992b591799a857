import { INTL_LOCALE, type Locale } from "../i18n/config";
import type { Region, Size, SleeveId } from "../market/regions";

export type { Locale };

const REGION_NAMES: Record<Region, Record<Locale, string>> = {
  US: { en: "US", ko: "미국" },
  EUROPE: { en: "Europe", ko: "유럽" },
  JAPAN: { en: "Japan", ko: "일본" },
  APAC_EX_JAPAN: { en: "Asia-Pacific ex-Japan", ko: "일본 제외 아시아·태평양" },
  EM: { en: "emerging markets", ko: "신흥시장" },
  KOREA: { en: "Korea", ko: "한국" },
};

const SIZE_NAMES: Record<Size, Record<Locale, string>> = {
  large: { en: "large caps", ko: "대형주" },
  small: { en: "small caps", ko: "소형주" },
};

export function regionName(region: Region, locale: Locale): string {
  return REGION_NAMES[region][locale];
}

export function sizeName(size: Size, locale: Locale): string {
  return SIZE_NAMES[size][locale];
}

/** "Japan small caps" / "일본 소형주"; bonds and cash by name. */
export function sleeveName(sleeve: SleeveId, locale: Locale): string {
  if (sleeve === "BONDS") return locale === "en" ? "bonds" : "채권";
  if (sleeve === "CASH") return locale === "en" ? "cash" : "현금";
  const size = sleeve.endsWith("_SMALL") ? "small" : "large";
  const region = sleeve.slice(0, sleeve.lastIndexOf("_")) as Region;
  return `${regionName(region, locale)} ${sizeName(size, locale)}`;
}

/**
 * Percent through Intl in the reader's locale, trailing zeros dropped so sentences read "20%", not "20.0%"
 * (tables use lib/i18n/format with fixed digits instead): 0.1234 → "12.3%".
 */
export function pct(x: number, locale: Locale, digits = 1): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: "percent",
    maximumFractionDigits: digits,
  }).format(x);
}

/** Plain number through Intl: 5.7 → "5.7". */
export function num(x: number, locale: Locale, digits = 2): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: digits }).format(x);
}
