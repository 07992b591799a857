import { z } from "zod";
import { eligibleRegions } from "./eligibility";
import { equityShare, smallCapShare } from "./equity-share";
import { applyFeeCap } from "./fee-cap";
import { homeBiasFor } from "./home-bias";
import { assertMarketInputs } from "./market-guard";
import { markBelowTicket, minTicketFor, portfolioBelowTicket } from "./min-ticket";
import { MODEL_PARAMETERS, PARAMETERS_VERSION } from "./parameters";
import type { Reason } from "./reasons";
import { roundWeights } from "./rounding";
import { clientProfileSchema, proposalOverridesSchema } from "./schema";
import { sizePlans } from "./sleeve-plans";
import { feeOfLines, summarise } from "./summary";
import { applyMinTicket } from "./ticket-plans";
import { defensiveLines, toLines } from "./to-lines";
import type { Allocation, ClientProfile, MarketInputs, ProposalOverrides } from "./types";

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new RangeError(`buildAllocation: invalid ${what}: ${z.prettifyError(result.error)}`);
  return result.data;
}

/**
 * The portfolio model (domain.md §3): client profile + market inputs → target weights per sleeve, following
 * the article's three recommendations. Steps: equity share (risk tolerance, horizon) → small-cap share of
 * equities (recommendation 1) → regional split, small caps tilted toward wider information gaps
 * (recommendation 2) → active share per sleeve (recommendation 3) → minimum ticket per line, in weight and
 * in the client's currency (small lines folded into the nearest line) → client's maximum fee → rounding.
 * Bonds and cash fill the rest. Every line carries its reasons; proposal-wide reasons are on the result.
 * Pure and deterministic: the same inputs give the same output, digit for digit.
 *
 * @throws RangeError naming buildAllocation when the profile, overrides or market inputs are invalid.
 * @example risk 3, 12 years, US client, no constraints: equities 0.60, of which small caps
 *   0.08 + 0.06 + 0.06 = 0.20; bonds 0.36, cash 0.04 (see tests/unit/allocation/hand-checked.test.ts).
 */
export function buildAllocation(
  profile: ClientProfile,
  market: MarketInputs,
  overrides: ProposalOverrides = {},
): Allocation {
  const client = parse(clientProfileSchema, profile, "profile");
  const o = parse(proposalOverridesSchema, overrides, "overrides");
  assertMarketInputs(market, "buildAllocation");

  const risk = o.riskTolerance ?? client.riskTolerance;
  const eligibility = eligibleRegions(client, o);
  const modelEquity = equityShare(risk, client.horizonYears, o.riskTolerance === undefined ? "profile" : "override");
  const equity =
    eligibility.regions.length === 0 ? { ...modelEquity, value: 0, limitedBy: "no_eligible_regions" as const } : modelEquity;
  const small = smallCapShare(risk, client.horizonYears, client.constraints.maxSmallCapShare, o.smallCapShare);

  const homeBias = homeBiasFor(client.homeMarket, eligibility.regions, o.homeBias ?? MODEL_PARAMETERS.homeBias);
  const home = homeBias.applied ? homeBias.region : null;

  const common = {
    eligibility,
    market,
    home,
    homeBias: homeBias.homeBias,
    passiveOnly: client.constraints.passiveOnly,
    mode: o.activeOverride ?? "model",
  } as const;
  const [largeShare, smallShare] = [1 - small.value, small.value];
  const large = sizePlans({ ...common, size: "large", sizeWeight: equity.value * largeShare, shareOfEquities: largeShare });
  const smallCaps = sizePlans({ ...common, size: "small", sizeWeight: equity.value * smallShare, shareOfEquities: smallShare });
  const reasons: Reason[] = [equity, small, ...eligibility.reasons, homeBias, ...large.dropped, ...smallCaps.dropped];

  // The ticket before the fee maximum, so the fee reported in the max-fee reason is the final one.
  const ticket = minTicketFor(client.investableAssets, client.currency);
  if (portfolioBelowTicket(ticket)) reasons.push({ rule: "min_ticket", action: "portfolio_below_ticket", ticket });
  const { maxSmallCapShare, maxFeeBps } = client.constraints;
  const folded = applyMinTicket([...large.plans, ...smallCaps.plans], defensiveLines(1 - equity.value), ticket, maxSmallCapShare);
  reasons.push(...folded.reasons);
  let plans = folded.plans;
  if (maxFeeBps !== null) {
    const capped = applyFeeCap(plans, feeOfLines(folded.defensive, market), maxFeeBps, market.fees, ticket.weight);
    plans = capped.plans;
    reasons.push(capped.reason);
  }

  const lines = roundWeights(markBelowTicket([...toLines(plans), ...folded.defensive], ticket));
  return { ...summarise(lines, market), reasons, parametersVersion: PARAMETERS_VERSION };
}
