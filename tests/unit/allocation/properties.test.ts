import fc from "fast-check";
import { expect, test } from "vitest";
import { buildAllocation } from "@/lib/allocation/model";
import { HOME_MARKETS } from "@/lib/allocation/schema";
import type { ClientProfile, ProposalOverrides } from "@/lib/allocation/types";
import { REGIONS } from "@/lib/market/regions";
import { testMarket } from "./fixtures";
import { expectInvariants } from "./invariants";

const profiles: fc.Arbitrary<ClientProfile> = fc.record({
  riskTolerance: fc.integer({ min: 1, max: 5 }),
  horizonYears: fc.integer({ min: 0, max: 50 }),
  homeMarket: fc.constantFrom(...HOME_MARKETS),
  investableAssets: fc.integer({ min: 0, max: 1e9 }),
  currency: fc.constantFrom("USD", "KRW", "EUR"),
  constraints: fc.record({
    maxFeeBps: fc.option(fc.double({ min: 0, max: 60, noNaN: true })),
    excludedRegions: fc.subarray([...REGIONS]),
    maxSmallCapShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
    passiveOnly: fc.boolean(),
  }),
});

const overridesArb: fc.Arbitrary<ProposalOverrides> = fc.record(
  {
    riskTolerance: fc.integer({ min: 1, max: 5 }),
    smallCapShare: fc.double({ min: 0, max: 1, noNaN: true }),
    includedRegions: fc.subarray([...REGIONS], { minLength: 1 }),
    activeOverride: fc.constantFrom("model", "all_passive", "max_active"),
    homeBias: fc.double({ min: 0, max: 1, noNaN: true }),
  },
  { requiredKeys: [] },
);

test("every proposal sums to 1, is non-negative and keeps every constraint", () => {
  fc.assert(
    fc.property(profiles, overridesArb, (profile, overrides) => {
      expectInvariants(profile, overrides, buildAllocation(profile, testMarket(), overrides));
    }),
    { numRuns: 300 },
  );
}, 30_000);

test("more risk tolerance never lowers the equity share", () => {
  fc.assert(
    fc.property(profiles, fc.integer({ min: 1, max: 4 }), (profile, risk) => {
      const lower = buildAllocation({ ...profile, riskTolerance: risk }, testMarket());
      const higher = buildAllocation({ ...profile, riskTolerance: risk + 1 }, testMarket());
      expect(higher.equityShare).toBeGreaterThanOrEqual(lower.equityShare - 1e-9);
    }),
  );
});

test("the same input gives the same output, and the inputs are not changed", () => {
  fc.assert(
    fc.property(profiles, overridesArb, (profile, overrides) => {
      const market = testMarket();
      const first = buildAllocation(profile, market, overrides);
      expect(market).toEqual(testMarket());
      expect(buildAllocation(structuredClone(profile), testMarket(), structuredClone(overrides))).toEqual(first);
    }),
    { numRuns: 100 },
  );
}, 30_000);
