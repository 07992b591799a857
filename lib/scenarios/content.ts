import type { ProposalView } from "../services/proposal/view-model";
import type { ProposalAssumptions } from "../validation/proposal";

/** What a scenario version stores, as JSON text each: the inputs, the view as shown, the methodology stamp. */
export type VersionContent = { inputs: unknown; outputs: unknown; methodology: unknown };

/** A version of `view`: the client as the proposal saw it and the assumptions, the whole view, its stamp. */
export function contentOf(view: ProposalView, assumptions: ProposalAssumptions): VersionContent {
  return { inputs: { client: view.client, assumptions }, outputs: view, methodology: view.methodology };
}
