"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import { inputClass } from "@/components/ui/form-field";
import { ErrorMessage } from "@/components/ui/error-message";
import { SaveVersionFeedback } from "@/components/scenarios/save-version-feedback";
import { useSaveVersion } from "@/components/scenarios/use-save-version";
import { saveScenarioAction } from "@/lib/actions/scenarios/save-scenario";
import type { ActionError } from "@/lib/actions/safe-action";
import type { ProposalAssumptionsInput } from "@/lib/validation/proposal";
import { isMessageKey } from "@/lib/i18n/translate";

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

  const nameError = error?.fieldErrors?.name?.map((e) => (isMessageKey(e) ? t(e) : e)).join(" ");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      {revise && <SaveAsNextVersion revise={revise} assumptions={assumptions} />}
      <label className="block text-sm font-medium text-gray-700">
        {t(revise ? "scenarios.newScenarioName" : "proposal.scenarioName")}
        <input name="name" defaultValue={defaultName} className={`${inputClass} mt-1`} aria-invalid={!!nameError} />
      </label>
      {nameError && <p className="field-error">{nameError}</p>}
      <button
        type="submit"
        disabled={pending}
        className={`w-full rounded-md px-4 py-2 text-sm font-medium disabled:opacity-60 ${revise ? "border border-gray-300 bg-white hover:bg-gray-50" : "bg-blue-600 text-white hover:bg-blue-700"}`}
      >
        {pending ? t("common.saving") : t(revise ? "scenarios.saveAsNew" : "proposal.save")}
      </button>
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
