import { getClientOrThrow, type ClientRecord } from "../../db/clients";
import type { ProposalAssumptions } from "../../validation/proposal";
import { composeProposal } from "./compose";
import { loadMarketData } from "./load-market-data";
import type { ProposalClient, ProposalView } from "./view-model";

export type GenerateProposalOptions = {
  advisorId: string;
  firmId: string;
  clientId: string;
  assumptions: ProposalAssumptions;
};

/**
 * The advisor's own client's proposal.
 * @throws AppError NOT_FOUND for another advisor's client (or a missing one), NO_MARKET_DATA without data
 */
export async function generateProposal(options: GenerateProposalOptions): Promise<ProposalView> {
  const [client, market] = await Promise.all([
    getClientOrThrow(options.advisorId, options.clientId),
    loadMarketData(options.firmId),
  ]);
  return composeProposal(proposalClientOf(client), market, options.assumptions);
}

export function proposalClientOf(c: ClientRecord): ProposalClient {
  return {
    id: c.id,
    name: c.name,
    homeMarket: c.homeMarket,
    riskTolerance: c.riskTolerance,
    horizonYears: c.horizonYears,
    investableAssets: c.investableAssets,
    currency: c.currency,
    maxFeeBps: c.maxFeeBps,
    excludedRegions: c.excludedRegions,
    maxSmallCapShare: c.maxSmallCapShare,
    passiveOnly: c.passiveOnly,
    currentAllocation: c.currentAllocation,
  };
}
