"use server";

import { authedAction } from "../safe-action";
import { generateProposalSchema } from "../../validation/proposal";
import { generateProposal } from "../../services/proposal/generate-proposal";
import { chargeAction } from "../../security/rate-limit";
import { clientView } from "../../services/proposal/client-view";

/**
 * The proposal for edited assumptions. The "generate" limit is charged only when the proposal is computed, not
 * when it comes from the cache: the limit guards the CPU a run costs, and a cached one costs none.
 */
export const generateProposalAction = authedAction(generateProposalSchema, async ({ clientId, assumptions }, { user }) =>
  clientView(await generateProposal({ advisorId: user.id, firmId: user.firmId, clientId, assumptions, charge: () => chargeAction("generate", user.id) })),
);
