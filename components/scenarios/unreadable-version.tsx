"use client";

import { useI18n } from "@/components/i18n/i18n-provider";

/** In place of a stored version whose view no longer has the shape the app renders (an older engine wrote it). */
export function UnreadableVersion({ engineVersion }: { engineVersion: string | null }) {
  const { t } = useI18n();
  return (
    <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="version-unreadable">
      {t("scenarios.cannotDisplay", { engine: engineVersion ?? t("scenarios.engineUnknown") })}
    </p>
  );
}
