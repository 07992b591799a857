"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { formatDate } from "@/lib/i18n/format";
import type { ScenarioEventRecord } from "@/lib/db/scenario-events";
import { eventText } from "./labels";

/** The scenario's audit trail, newest first: who created it, saved versions, changed its status, exported it. */
export function EventTimeline({ events }: { events: readonly ScenarioEventRecord[] }) {
  const { t, locale } = useI18n();
  return (
    <section className="rounded-lg border border-gray-200 bg-white p-4">
      <h2 className="text-sm font-medium text-gray-700">{t("scenarios.timeline")}</h2>
      {events.length === 0 ? (
        <p className="mt-2 text-sm text-gray-600">{t("scenarios.noHistory")}</p>
      ) : (
        <ol className="mt-3 space-y-3 border-l border-gray-200 pl-4 text-sm" data-testid="scenario-timeline">
          {[...events].reverse().map((event) => (
            <li key={event.id} data-kind={event.kind}>
              <p>{eventText(event, t)}</p>
              <p className="text-xs text-gray-500">{formatDate(locale, event.createdAt, true)}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
