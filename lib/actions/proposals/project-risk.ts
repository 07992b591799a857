"use server";

import { authedAction } from "../safe-action";
import { generateProposalSchema } from "../../validation/proposal";
import { generateProposalRisk } from "../../services/proposal/generate-proposal";
import { chargeAction } from "../../security/rate-limit";

/**
 * The forward-looking risk of the proposal for these assumptions: the page asks for it after the proposal
 * is shown (a 10,000-path projection takes several times as long as the rest), so the page stays responsive.
 * It has its own per-user limit ("project"), as many a minute as proposal runs, since one follows each run;
 * like the proposal's, it is charged only when the projection is computed rather than read from the cache.
 */
export const projectRiskAction = authedAction(generateProposalSchema, async ({ clientId, assumptions }, { user }) =>
  generateProposalRisk({ advisorId: user.id, firmId: user.firmId, clientId, assumptions, charge: () => chargeAction("project", user.id) }),
);
