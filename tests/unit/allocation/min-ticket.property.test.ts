import fc from "fast-check";
import { expect, test } from "vitest";
import { minTicketFor } from "@/lib/allocation/min-ticket";
import { buildAllocation } from "@/lib/allocation/model";
import { HOME_MARKETS } from "@/lib/allocation/schema";
import type { ClientProfile, ProposalOverrides } from "@/lib/allocation/types";
import { REGIONS } from "@/lib/market/regions";
import { testMarket } from "./fixtures";
import { expectInvariants } from "./invariants";

/*
 * The minimum ticket over many clients, from a fixed seed so a failure can be replayed. Assets are drawn
 * on a log scale from 1,000 to 10^10 (and 0) in four currencies, so every regime is covered: the whole portfolio below
 * the ticket, asset classes below it, the amount binding (ticket above 0.5%) and the weight floor binding.
 */
const SEED = 20261129;

// Integers scaled down: fast-check's doubles crowd near 0, which would make nearly every portfolio tiny,
// every fee maximum infeasible and every small-cap maximum zero.
const scaled = (max: number, step: number) => fc.integer({ min: 0, max: Math.round(max / step) }).map((k) => k * step);
const assets = fc.oneof(
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 30, arbitrary: fc.integer({ min: 3_000, max: 10_000 }).map((e) => Math.round(10 ** (e / 1000))) },
);

const profiles: fc.Arbitrary<ClientProfile> = fc.record({
  riskTolerance: fc.integer({ min: 1, max: 5 }),
  horizonYears: fc.integer({ min: 0, max: 40 }),
  homeMarket: fc.constantFrom(...HOME_MARKETS),
  investableAssets: assets,
  currency: fc.constantFrom("USD", "KRW", "EUR", "JPY"),
  constraints: fc.record({
    maxFeeBps: fc.option(scaled(60, 0.1)),
    excludedRegions: fc.subarray([...REGIONS], { maxLength: 3 }),
    maxSmallCapShare: fc.option(scaled(1, 0.001)),
    passiveOnly: fc.boolean(),
  }),
});

const overridesArb: fc.Arbitrary<ProposalOverrides> = fc.record(
  {
    smallCapShare: scaled(1, 0.001),
    activeOverride: fc.constantFrom("model", "all_passive", "max_active"),
    homeBias: scaled(1, 0.001),
  },
  { requiredKeys: [] },
);

test("no line is below the minimum ticket unless the proposal says why, and every other invariant holds", () => {
  fc.assert(
    fc.property(profiles, overridesArb, (profile, overrides) => {
      expectInvariants(profile, overrides, buildAllocation(profile, testMarket(), overrides));
    }),
    { numRuns: 300, seed: SEED },
  );
}, 30_000);

test("without a maximum small-cap share, a portfolio that fits the ticket has no line below it", () => {
  // "Fits": each asset class held is at least one ticket, so folding inside the classes always succeeds.
  fc.assert(
    fc.property(profiles, overridesArb, (drawn, overrides) => {
      const profile = { ...drawn, constraints: { ...drawn.constraints, maxSmallCapShare: null } };
      const a = buildAllocation(profile, testMarket(), overrides);
      const ticket = minTicketFor(profile.investableAssets, profile.currency);
      const defensive = 1 - a.equityShare;
      const fits = [a.equityShare, defensive].every((share) => share < 1e-9 || share >= ticket.weight);
      if (!fits) return;
      for (const line of a.lines) expect(line.weight).toBeGreaterThanOrEqual(ticket.weight - 1e-8);
    }),
    { numRuns: 300, seed: SEED + 1 },
  );
});
