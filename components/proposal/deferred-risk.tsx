"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { ErrorMessage } from "@/components/ui/error-message";
import { projectRiskAction } from "@/lib/actions/proposals/project-risk";
import type { ActionError } from "@/lib/actions/safe-action";
import type { ProposalRisk } from "@/lib/services/proposal/risk-view";
import type { ProposalAssumptionsInput } from "@/lib/validation/proposal";
import { RiskSection } from "./risk-section";

const DEBOUNCE_MS = 250;

/**
 * The risk section of the live proposal, asked for after the page has rendered (projectRiskAction): the
 * projection takes several times as long as the rest of the proposal, so the proposal shows first and this
 * section follows, with a placeholder while it runs. A newer edit's answer replaces an older one's; an older
 * answer arriving late is dropped.
 */
export function DeferredRisk({ clientId, assumptions }: { clientId: string; assumptions: ProposalAssumptionsInput }) {
  const { t } = useI18n();
  const [risk, setRisk] = useState<ProposalRisk | null>(null);
  const [error, setError] = useState<ActionError | null>(null);
  const [pending, startTransition] = useTransition();
  const latest = useRef(0);
  const first = useRef(true);

  useEffect(() => {
    const request = ++latest.current;
    const delay = first.current ? 0 : DEBOUNCE_MS;
    first.current = false;
    const timer = setTimeout(() => {
      startTransition(async () => {
        const result = await projectRiskAction({ clientId, assumptions });
        if (request !== latest.current) return;
        if (result.ok) {
          setRisk(result.data);
          setError(null);
        } else setError(result.error);
      });
    }, delay);
    return () => clearTimeout(timer);
  }, [clientId, assumptions]);

  return (
    <div aria-busy={pending} data-testid="risk-deferred">
      {pending && (
        <p role="status" aria-live="polite" className="mb-2 text-sm text-blue-700" data-testid="risk-loading">
          {t("projection.loading")}
        </p>
      )}
      {/* Field errors are shown by the assumptions form; only other failures are reported here. */}
      <ErrorMessage error={error && !error.fieldErrors ? error : null} />
      {risk ? (
        <div className={pending ? "opacity-60 transition-opacity" : "transition-opacity"}>
          <RiskSection risk={risk} />
        </div>
      ) : (
        pending && <div className="h-72 animate-pulse rounded-lg border border-gray-200 bg-gray-50" aria-hidden="true" />
      )}
    </div>
  );
}
