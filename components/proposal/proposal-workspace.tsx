"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { ErrorMessage } from "@/components/ui/error-message";
import { generateProposalAction } from "@/lib/actions/proposals/generate-proposal";
import type { ActionError } from "@/lib/actions/safe-action";
import type { ProposalAssumptionsInput } from "@/lib/validation/proposal";
import { fieldErrorsWithin } from "@/lib/validation/field-errors";
import type { ProposalView as View } from "@/lib/services/proposal/view-model";
import { AssumptionsForm } from "./assumptions-form";
import { DeferredRisk } from "./deferred-risk";
import { ProposalView } from "./proposal-view";
import { SaveScenarioForm, type ReviseTarget } from "./save-scenario-form";

const DEBOUNCE_MS = 250;

/**
 * Assumptions on the left, the live proposal on the right; edits re-run generateProposal on the server. With
 * `revise`, the workspace opened on a saved version's assumptions and can save the scenario's next version.
 */
export function ProposalWorkspace({ initial, defaultScenarioName, revise }: { initial: View; defaultScenarioName: string; revise?: ReviseTarget }) {
  const { t } = useI18n();
  const [assumptions, setAssumptions] = useState<ProposalAssumptionsInput>(initial.assumptions);
  const [view, setView] = useState(initial);
  const [error, setError] = useState<ActionError | null>(null);
  const [pending, startTransition] = useTransition();
  const latest = useRef(0);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const request = ++latest.current;
    const timer = setTimeout(() => {
      startTransition(async () => {
        const result = await generateProposalAction({ clientId: initial.client.id, assumptions });
        if (request !== latest.current) return; // a newer edit is on its way
        if (result.ok) {
          setView(result.data);
          setError(null);
        } else setError(result.error);
      });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [assumptions, initial.client.id]);

  return (
    <div className="grid gap-6 lg:grid-cols-[18rem_1fr]">
      <aside className="space-y-6 lg:sticky lg:top-4 lg:self-start">
        <section className="rounded-lg border border-gray-200 bg-white p-4">
          <h2 className="font-medium">{t("proposal.assumptions")}</h2>
          <p className="mb-3 mt-1 text-xs text-gray-600">{t("proposal.assumptionsHelp")}</p>
          <AssumptionsForm
            value={assumptions}
            profileRisk={initial.client.riskTolerance}
            excludedRegions={initial.client.excludedRegions}
            fieldErrors={fieldErrorsWithin(error?.fieldErrors, "assumptions")}
            pending={pending}
            onChange={setAssumptions}
          />
        </section>
        <section className="rounded-lg border border-gray-200 bg-white p-4">
          <SaveScenarioForm clientId={initial.client.id} defaultName={defaultScenarioName} assumptions={assumptions} revise={revise} />
        </section>
      </aside>
      <div className="min-w-0 space-y-4" aria-busy={pending}>
        <p role="status" aria-live="polite" className={`text-sm text-blue-700 ${pending ? "" : "invisible"}`} data-testid="proposal-updating">
          {t("proposal.updating")}
        </p>
        <ErrorMessage error={error && !error.fieldErrors ? error : null} />
        <div className={pending ? "opacity-60 transition-opacity" : "transition-opacity"}>
          <ProposalView view={view} riskSlot={<DeferredRisk clientId={initial.client.id} assumptions={assumptions} />} />
        </div>
      </div>
    </div>
  );
}
