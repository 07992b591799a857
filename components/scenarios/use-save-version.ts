"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { saveScenarioVersionAction } from "@/lib/actions/scenarios/save-scenario-version";
import { getLatestVersionAction } from "@/lib/actions/scenarios/get-latest-version";
import type { ActionError } from "@/lib/actions/safe-action";
import type { VersionStamp } from "@/lib/db/scenario-events";
import type { ScenarioStatus } from "@/lib/scenarios/status";
import type { ProposalAssumptionsInput } from "@/lib/validation/proposal";

export type SaveVersionState = {
  pending: boolean;
  error: ActionError | null;
  /** Who saved the version that got there first (a CONFLICT), for the message. */
  conflict: VersionStamp | null;
  saved: { version: number; status: ScenarioStatus } | null;
};

/**
 * Saving the next version of a scenario from a page opened on `basedOnVersion`. After a save the page is based on
 * the version it wrote, so saving again writes the one after. A CONFLICT asks who saved the latest version, since
 * an action's error carries only its code.
 */
export function useSaveVersion(scenarioId: string, basedOnVersion: number) {
  const router = useRouter();
  const [based, setBased] = useState(basedOnVersion);
  const [state, setState] = useState<SaveVersionState>({ pending: false, error: null, conflict: null, saved: null });

  async function save(assumptions: ProposalAssumptionsInput) {
    setState((s) => ({ ...s, pending: true }));
    const result = await saveScenarioVersionAction({ scenarioId, basedOnVersion: based, assumptions });
    if (result.ok) {
      setBased(result.data.version);
      setState({ pending: false, error: null, conflict: null, saved: result.data });
      router.refresh();
      return;
    }
    if (result.error.code !== "CONFLICT") return setState({ pending: false, error: result.error, conflict: null, saved: null });
    const latest = await getLatestVersionAction({ scenarioId });
    setState({ pending: false, error: latest.ok ? null : result.error, conflict: latest.ok ? latest.data : null, saved: null });
  }

  return { state, save, nextVersion: based + 1 };
}
