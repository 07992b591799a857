"use client";

import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import { formatDate } from "@/lib/i18n/format";
import type { VersionStamp } from "@/lib/db/scenario-events";

/** The scenario's versions, newest first, each a link; the one on screen is marked. */
export function VersionList({ scenarioId, versions, current }: { scenarioId: string; versions: readonly VersionStamp[]; current: number }) {
  const { t, locale } = useI18n();
  return (
    <section className="rounded-lg border border-gray-200 bg-white p-4">
      <h2 className="text-sm font-medium text-gray-700">{t("scenarios.versions")}</h2>
      <ul className="mt-2 divide-y divide-gray-100 text-sm" data-testid="scenario-versions">
        {versions.map((v) => (
          <li key={v.version} className="py-1.5">
            <Link
              href={`/scenarios/${scenarioId}?version=${v.version}`}
              aria-current={v.version === current ? "page" : undefined}
              className={v.version === current ? "font-medium text-gray-900" : "text-blue-700 hover:underline"}
            >
              {t("scenarios.versionNumber", { version: v.version })}
            </Link>
            <span className="block text-xs text-gray-500">
              {v.savedBy ? t("scenarios.savedByOn", { name: v.savedBy, date: formatDate(locale, v.savedAt, true) }) : formatDate(locale, v.savedAt, true)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
