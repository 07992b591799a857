"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import { inputClass } from "@/components/ui/form-field";
import { ErrorMessage } from "@/components/ui/error-message";
import { saveScenarioAction } from "@/lib/actions/scenarios/save-scenario";
import type { ActionError } from "@/lib/actions/safe-action";
import type { ProposalAssumptionsInput } from "@/lib/validation/proposal";
import { isMessageKey } from "@/lib/i18n/translate";

export function SaveScenarioForm({ clientId, defaultName, assumptions }: { clientId: string; defaultName: string; assumptions: ProposalAssumptionsInput }) {
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
      <label className="block text-sm font-medium text-gray-700">
        {t("proposal.scenarioName")}
        <input name="name" defaultValue={defaultName} className={`${inputClass} mt-1`} aria-invalid={!!nameError} />
      </label>
      {nameError && <p className="field-error">{nameError}</p>}
      <button type="submit" disabled={pending} className="w-full rounded-md bg-blue-600 px-4 py-2 text-sm font-medium text-white hover:bg-blue-700 disabled:opacity-60">
        {pending ? t("common.saving") : t("proposal.save")}
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
