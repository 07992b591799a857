"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import type { ProposalAssumptionsInput } from "@/lib/validation/proposal";
import { SaveVersionFeedback } from "./save-version-feedback";
import { useSaveVersion } from "./use-save-version";

/** Keeps a re-run: saves the same assumptions, run on today's data, as the scenario's next version. */
export function SaveRerunPanel({ scenarioId, latestVersion, assumptions }: { scenarioId: string; latestVersion: number; assumptions: ProposalAssumptionsInput }) {
  const { t } = useI18n();
  const { state, save, nextVersion } = useSaveVersion(scenarioId, latestVersion);
  return (
    <section className="space-y-2 rounded-lg border border-gray-200 bg-white p-4" data-testid="save-rerun">
      <button
        type="button"
        disabled={state.pending || state.saved !== null}
        onClick={() => save(assumptions)}
        className="rounded-md bg-blue-600 px-4 py-2 text-sm font-medium text-white hover:bg-blue-700 disabled:opacity-60"
      >
        {state.pending ? t("common.saving") : t("scenarios.saveRerun", { version: state.saved?.version ?? nextVersion })}
      </button>
      <SaveVersionFeedback scenarioId={scenarioId} state={state} />
    </section>
  );
}
