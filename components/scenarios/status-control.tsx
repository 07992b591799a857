"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import { ErrorMessage } from "@/components/ui/error-message";
import { formatDate } from "@/lib/i18n/format";
import { changeScenarioStatusAction } from "@/lib/actions/scenarios/change-scenario-status";
import type { ActionError } from "@/lib/actions/safe-action";
import { nextStatuses, type ScenarioStatus } from "@/lib/scenarios/status";
import { StatusBadge } from "./status-badge";

/** The scenario's status and the moves the workflow allows from it; each names the status it was made from. */
type Changed = { by: string; at: Date } | null;

export function StatusControl({ scenarioId, status, changed }: { scenarioId: string; status: ScenarioStatus; changed: Changed }) {
  const { t, locale, isKey } = useI18n();
  const router = useRouter();
  /** The status being moved to, while the change is saved. */
  const [moving, setMoving] = useState<ScenarioStatus | null>(null);
  const [error, setError] = useState<ActionError | null>(null);

  async function move(to: ScenarioStatus) {
    setMoving(to);
    const result = await changeScenarioStatusAction({ scenarioId, from: status, to });
    setMoving(null);
    setError(result.ok ? null : result.error);
    if (result.ok) router.refresh();
  }

  // A move the workflow does not allow comes back as a field error on `to` with its own message.
  const refused = error?.fieldErrors?.to?.find(isKey);
  return (
    <section className="rounded-lg border border-gray-200 bg-white p-4" data-testid="status-control">
      <h2 className="text-sm font-medium text-gray-700">{t("scenarios.status")}</h2>
      <p className="mt-2">
        <StatusBadge status={status} label={t(`scenarios.status.${status}`)} />
      </p>
      {changed && <p className="mt-1 text-xs text-gray-600">{t("scenarios.statusChangedBy", { name: changed.by, date: formatDate(locale, changed.at, true) })}</p>}
      <div className="mt-3 flex flex-wrap gap-2">
        {nextStatuses(status).map((to) => (
          <button
            key={to}
            type="button"
            disabled={moving !== null}
            onClick={() => move(to)}
            className="rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm hover:bg-gray-50 disabled:opacity-60"
          >
            {moving === to ? t("common.saving") : t(`scenarios.moveTo.${to}`)}
          </button>
        ))}
      </div>
      <div className="mt-2">
        {refused ? <p role="alert" className="field-error">{t(refused)}</p> : <ErrorMessage error={error} />}
      </div>
    </section>
  );
}
