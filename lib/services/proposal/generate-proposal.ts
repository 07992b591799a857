import { getClientOrThrow, type ClientRecord } from "../../db/clients";
import type { ProposalAssumptions } from "../../validation/proposal";
import { composeProposal } from "./compose";
import type { MarketData } from "./market-data";
import { loadMarketData } from "./load-market-data";
import { oneAtATime } from "./one-at-a-time";
import { composeRisk, withRisk } from "./risk";
import type { ProposalRisk } from "./risk-view";
import type { ProposalClient, ProposalView } from "./view-model";
import { cachedProposalValue } from "./proposal-cache";
import { proposalCacheKey } from "./proposal-cache-key";

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
  /**
   * Called before computing what is not cached yet (the actions charge the user's rate limit there: a cached
   * proposal costs next to nothing, so opening one again, or flipping back to earlier assumptions, is free).
   */
  charge?: () => Promise<void>;
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
  const key = proposalCacheKey("proposal", options.firmId, proposalClient, options.assumptions, market);
  const view = await cachedProposalValue(options.firmId, key, async () => {
    await options.charge?.();
    return composeProposal(proposalClient, market, options.assumptions);
  });
  return options.withRisk ? withRisk(view, await riskOf(options, proposalClient, market)) : view;
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
  return riskOf(options, proposalClientOf(client), market);
}

/** The risk projection, cached like the proposal; computed one at a time (see `oneAtATime`) on a miss. */
function riskOf(options: Omit<GenerateProposalOptions, "withRisk">, client: ProposalClient, market: MarketData): Promise<ProposalRisk> {
  const key = proposalCacheKey("risk", options.firmId, client, options.assumptions, market);
  return cachedProposalValue(options.firmId, key, async () => {
    await options.charge?.();
    return oneAtATime(() => composeRisk(client, market, options.assumptions));
  });
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
