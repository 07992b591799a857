"use client";

import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import { ErrorMessage } from "@/components/ui/error-message";
import { formatDate } from "@/lib/i18n/format";
import type { SaveVersionState } from "./use-save-version";

/** What became of a version save: saved (with a link), beaten by another save (who, when, a link), or an error. */
export function SaveVersionFeedback({ scenarioId, state }: { scenarioId: string; state: SaveVersionState }) {
  const { t, locale } = useI18n();
  const { saved, conflict, error } = state;
  if (saved) {
    return (
      <p role="status" className="text-sm text-emerald-800" data-testid="version-saved">
        {t("scenarios.savedVersion", { version: saved.version })}{" "}
        <Link href={`/scenarios/${scenarioId}?version=${saved.version}`} className="underline">{t("scenarios.openVersion")}</Link>
      </p>
    );
  }
  if (conflict) {
    return (
      <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="version-conflict">
        {t("scenarios.conflict", { version: conflict.version, name: conflict.savedBy ?? t("scenarios.someone"), date: formatDate(locale, conflict.savedAt, true) })}{" "}
        <Link href={`/scenarios/${scenarioId}?version=${conflict.version}`} className="underline">{t("scenarios.openVersion")}</Link>
      </p>
    );
  }
  return <ErrorMessage error={error} />;
}
