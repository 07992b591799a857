import { getClientOrThrow, type ClientRecord } from "../../db/clients";
import type { ProposalAssumptions } from "../../validation/proposal";
import { composeProposal } from "./compose";
import { loadMarketData } from "./load-market-data";
import { oneAtATime } from "./one-at-a-time";
import { composeRisk, withRisk } from "./risk";
import type { ProposalRisk } from "./risk-view";
import type { ProposalClient, ProposalView } from "./view-model";

export type GenerateProposalOptions = {
  advisorId: string;
  firmId: string;
  clientId: string;
  assumptions: ProposalAssumptions;
  /**
   * Also project the risk (Monte Carlo, stress, shocks, fit) into `view.risk`: what a save stores. The live page
   * leaves it out and asks generateProposalRisk after rendering, since the projection takes several times as
   * long as the rest of the proposal.
   */
  withRisk?: boolean;
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
  const proposalClient = proposalClientOf(client);
  const view = composeProposal(proposalClient, market, options.assumptions);
  return options.withRisk ? withRisk(view, await oneAtATime(() => composeRisk(proposalClient, market, options.assumptions))) : view;
}

/**
 * The forward-looking risk of the advisor's own client's proposal, for the same assumptions (the page's
 * deferred risk section).
 * @throws AppError NOT_FOUND for another advisor's client (or a missing one), NO_MARKET_DATA without data
 */
export async function generateProposalRisk(options: Omit<GenerateProposalOptions, "withRisk">): Promise<ProposalRisk> {
  const [client, market] = await Promise.all([
    getClientOrThrow(options.advisorId, options.clientId),
    loadMarketData(options.firmId),
  ]);
  return oneAtATime(() => composeRisk(proposalClientOf(client), market, options.assumptions));
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
