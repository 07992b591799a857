"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import { FormField, inputClass } from "@/components/ui/form-field";
import { SubmitButton, primaryButtonClass, secondaryButtonClass } from "@/components/ui/submit-button";
import { ErrorMessage } from "@/components/ui/error-message";
import { SaveVersionFeedback } from "@/components/scenarios/save-version-feedback";
import { useSaveVersion } from "@/components/scenarios/use-save-version";
import { saveScenarioAction } from "@/lib/actions/scenarios/save-scenario";
import type { ActionError } from "@/lib/actions/safe-action";
import type { ProposalAssumptionsInput } from "@/lib/validation/proposal";

/** A saved scenario being revised: the version the workspace started from and the latest one when it opened. */
export type ReviseTarget = { scenarioId: string; name: string; fromVersion: number; latestVersion: number };

type Props = { clientId: string; defaultName: string; assumptions: ProposalAssumptionsInput; revise?: ReviseTarget };

/** Saves the proposal as a new scenario, or, when revising one, as its next version (or still as a new one). */
export function SaveScenarioForm({ clientId, defaultName, assumptions, revise }: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<ActionError | null>(null);
  const [savedId, setSavedId] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name") ?? "");
    setPending(true);
    const result = await saveScenarioAction({ clientId, name, assumptions });
    setPending(false);
    if (!result.ok) {
      setError(result.error);
      setSavedId(null);
      return;
    }
    setError(null);
    setSavedId(result.data.id);
    router.refresh();
  }

  const nameError = error?.fieldErrors?.name;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      {revise && <SaveAsNextVersion revise={revise} assumptions={assumptions} />}
      <FormField id="scenario-name" label={t(revise ? "scenarios.newScenarioName" : "proposal.scenarioName")} errors={nameError}>
        {(c) => <input {...c} name="name" defaultValue={defaultName} className={inputClass} />}
      </FormField>
      <SubmitButton
        pending={pending}
        label={t(revise ? "scenarios.saveAsNew" : "proposal.save")}
        pendingLabel={t("common.saving")}
        className={`w-full ${revise ? secondaryButtonClass : primaryButtonClass}`}
      />
      {!nameError && <ErrorMessage error={error} />}
      {savedId && (
        <p role="status" className="text-sm text-emerald-800" data-testid="scenario-saved">
          {t("proposal.saved")} <Link href={`/scenarios/${savedId}`} className="underline">{t("proposal.viewScenario")}</Link>
        </p>
      )}
    </form>
  );
}

function SaveAsNextVersion({ revise, assumptions }: { revise: ReviseTarget; assumptions: ProposalAssumptionsInput }) {
  const { t } = useI18n();
  const { state, save, nextVersion } = useSaveVersion(revise.scenarioId, revise.latestVersion);
  return (
    <div className="space-y-2 border-b border-gray-100 pb-3" data-testid="revise-panel">
      <p className="text-sm text-gray-700">{t("scenarios.revising", { name: revise.name, version: revise.fromVersion })}</p>
      <button
        type="button"
        disabled={state.pending}
        onClick={() => save(assumptions)}
        className="w-full rounded-md bg-blue-600 px-4 py-2 text-sm font-medium text-white hover:bg-blue-700 disabled:opacity-60"
      >
        {state.pending ? t("common.saving") : t("scenarios.saveVersion", { version: nextVersion })}
      </button>
      <SaveVersionFeedback scenarioId={revise.scenarioId} state={state} />
    </div>
  );
}
