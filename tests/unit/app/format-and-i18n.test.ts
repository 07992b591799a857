import { describe, expect, test } from "vitest";
import { formatCurrency, formatDate, formatMaybePercent, formatPercent } from "@/lib/i18n/format";
import { createTranslate, messagesFor } from "@/lib/i18n/translate";
import { en } from "@/lib/i18n/messages/en";
import { ko } from "@/lib/i18n/messages/ko";

describe("Intl formatting per locale", () => {
  test.each([
    ["en", 0.1234, "12.3%"],
    ["ko", 0.1234, "12.3%"],
    ["en", -0.05, "-5.0%"],
  ] as const)("percent %s %d", (locale, value, expected) => {
    expect(formatPercent(locale, value)).toBe(expected);
  });

  test("currencies: KRW and JPY without decimals", () => {
    expect(formatCurrency("en", 1234.5, "USD")).toBe("$1,234.50");
    expect(formatCurrency("ko", 850000000, "KRW")).toBe("₩850,000,000");
    expect(formatCurrency("en", 95000000.4, "JPY")).toBe("¥95,000,000");
  });

  test("dates follow the locale", () => {
    expect(formatDate("en", "2026-11-21T00:00:00Z")).toBe("Nov 21, 2026");
    expect(formatDate("ko", "2026-11-21T00:00:00Z")).toBe("2026. 11. 21.");
  });

  test("an undefined statistic is a dash, never 0", () => {
    expect(formatMaybePercent("en", null)).toBe("—");
    expect(formatMaybePercent("en", Number.NaN)).toBe("—");
  });
});

describe("message catalogs", () => {
  test("Korean has every English key and no empty text", () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(ko)) expect(value.trim(), key).not.toBe("");
  });

  test("placeholders match between the languages", () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(ko[key]), key).toEqual(placeholders(en[key]));
    }
  });

  test("interpolation", () => {
    const t = createTranslate(messagesFor("ko"));
    expect(t("dashboard.welcome", { name: "민준" })).toBe("민준님, 환영합니다");
  });
});
