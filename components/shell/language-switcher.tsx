"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { LOCALES, isLocale } from "@/lib/i18n/config";
import { setLocaleAction } from "@/lib/actions/settings/set-locale";

export function LanguageSwitcher() {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  return (
    <label className="flex items-center gap-2 text-gray-600">
      {t("nav.language")}
      <select
        value={locale}
        disabled={pending}
        data-testid="language-switcher"
        className="rounded border border-gray-300 px-2 py-1"
        onChange={(e) => {
          const next = e.target.value;
          if (!isLocale(next)) return;
          startTransition(async () => {
            await setLocaleAction({ locale: next });
            router.refresh();
          });
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l}>
            {t(`locale.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
