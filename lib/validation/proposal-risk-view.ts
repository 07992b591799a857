import "./zod-config";
import { z } from "zod";
import { ALL_SLEEVES, REGIONS } from "../market/regions";
import { STRESS_EPISODES } from "../risk/stress-episodes";

/**
 * The stored shape of a proposal's risk section (lib/services/proposal/risk-view.ts) and of the projection's
 * methodology stamp, checked before a saved version is rendered. Both are optional in the view: versions saved
 * before the risk engine have neither and are shown without a risk section.
 */

const num = z.number();
const band = z.object({ p5: num, p25: num, p50: num, p75: num, p95: num });
const weights = z.record(z.string(), num);
const rebalance = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("monthly") }),
  z.object({ kind: z.literal("quarterly") }),
  z.object({ kind: z.literal("annual") }),
  z.object({ kind: z.literal("never") }),
  z.object({ kind: z.literal("band"), band: num }),
]);
const mix = z.object({ weights, feesBps: weights, rebalance });

export const monteCarloMethodologySchema = z.object({
  method: z.literal("stationary_block_bootstrap"),
  seed: num,
  meanBlockLength: num,
  paths: num,
  engineVersion: z.string(),
  history: z.object({ start: z.string(), end: z.string(), months: num }),
});

const outcome = z.object({
  years: z.array(
    z.object({
      year: num,
      wealth: band,
      realWealth: band.nullable(),
      probabilityBelowStart: num,
      probabilityReachingTarget: num.nullable(),
      probabilityDepleted: num,
      worst12MonthReturn: band,
      medianMaxDrawdown: num,
    }),
  ),
  annualVolatility: num,
  oneYearReturn: band,
});

const episodeOutcome = z.object({ cumulativeReturn: num, maxDrawdown: num, troughMonth: z.string().nullable(), monthsToRecover: num.nullable() });
const episodeIds = STRESS_EPISODES.map((e) => e.id) as [(typeof STRESS_EPISODES)[number]["id"], ...(typeof STRESS_EPISODES)[number]["id"][]];
const episode = z.discriminatedUnion("covered", [
  z.object({ id: z.enum(episodeIds), start: z.string(), end: z.string(), covered: z.literal(false) }),
  z.object({ id: z.enum(episodeIds), start: z.string(), end: z.string(), covered: z.literal(true), portfolio: episodeOutcome, benchmark: episodeOutcome.nullable() }),
]);

const shockOutcome = z.object({
  portfolioReturn: num,
  amountChange: num,
  bySleeve: z.array(z.object({ sleeve: z.enum(ALL_SLEEVES), weight: num, shock: num, contribution: num })),
});

export const proposalRiskSchema = z.object({
  inputs: z.object({
    portfolio: mix,
    benchmark: mix,
    horizonYears: num,
    initialAmount: num,
    yearlyCashFlow: num.optional(),
    inflation: num.optional(),
    target: z.object({ amount: num, basis: z.enum(["nominal", "real"]) }).optional(),
  }),
  currency: z.string(),
  projection: z.object({
    methodology: monteCarloMethodologySchema,
    horizonYears: num,
    initialAmount: num,
    portfolio: outcome,
    benchmark: outcome.nullable(),
  }),
  stress: z.array(episode),
  shocks: z.object({
    scenario: z.object({ equities: num, smallCaps: num.nullable(), regions: z.partialRecord(z.enum(REGIONS), num), bonds: num, cash: num }),
    proposal: shockOutcome,
    benchmark: shockOutcome,
  }),
  fit: z.object({
    riskTolerance: num,
    fits: z.boolean(),
    checks: z.array(
      z.discriminatedUnion("code", [
        z.object({ code: z.literal("volatility"), value: num, limit: num, ok: z.boolean() }),
        z.object({ code: z.literal("worst_year"), value: num, limit: num, ok: z.boolean() }),
      ]),
    ),
  }),
});
