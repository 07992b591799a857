"use server";

import { authedAction } from "../safe-action";
import { generateProposalSchema } from "../../validation/proposal";
import { generateProposal } from "../../services/proposal/generate-proposal";

export const generateProposalAction = authedAction(generateProposalSchema, async ({ clientId, assumptions }, { user }) =>
  generateProposal({ advisorId: user.id, firmId: user.firmId, clientId, assumptions }),
  { rateLimit: "generate" },
);
