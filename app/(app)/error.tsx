"use client";

import { useI18n } from "@/components/i18n/i18n-provider";

export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { t } = useI18n();
  return (
    <div className="rounded-lg border border-red-200 bg-red-50 p-6" role="alert">
      <h1 className="text-lg font-semibold text-red-900">{t("errors.title")}</h1>
      <p className="mt-1 text-sm text-red-900">{t("errors.INTERNAL")}</p>
      {error.digest && <p className="mt-1 text-xs text-red-700">ref: {error.digest}</p>}
      <button type="button" onClick={reset} className="mt-4 rounded-md border border-red-300 bg-white px-4 py-2 text-sm">
        {t("common.retry")}
      </button>
    </div>
  );
}
