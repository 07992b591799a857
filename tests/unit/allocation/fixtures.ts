import type { GapSummary, MarketInputs } from "@/lib/allocation/types";
import type { ClientProfile } from "@/lib/allocation/types";
import type { Region, SleeveId } from "@/lib/market/regions";

/**
 * Plain test market: round numbers chosen so hand calculations stay short. Small caps have wide gaps
 * (few analysts, flat weights, many unprofitable names); large caps are well covered and concentrated.
 */
const largeGap: GapSummary = { analystMean: 18, top10Share: 0.3, unprofitableShareByCount: 0.05 };

const smallGaps: Record<Region, GapSummary> = {
  US: { analystMean: 6, top10Share: 0.04, unprofitableShareByCount: 0.4 },
  EUROPE: { analystMean: 8, top10Share: 0.05, unprofitableShareByCount: 0.25 },
  JAPAN: { analystMean: 4, top10Share: 0.03, unprofitableShareByCount: 0.2 },
  APAC_EX_JAPAN: { analystMean: 5, top10Share: 0.06, unprofitableShareByCount: 0.35 },
  EM: { analystMean: 3, top10Share: 0.08, unprofitableShareByCount: 0.3 },
  KOREA: { analystMean: 2, top10Share: 0.05, unprofitableShareByCount: 0.45 },
};

const fees = (passiveBps: number, activeBps: number) => ({ passiveBps, activeBps });

export function testMarket(): MarketInputs {
  return {
    sleeveStats: {},
    gapMetrics: {
      US_LARGE: largeGap,
      EUROPE_LARGE: largeGap,
      JAPAN_LARGE: largeGap,
      APAC_EX_JAPAN_LARGE: largeGap,
      EM_LARGE: largeGap,
      KOREA_LARGE: largeGap,
      US_SMALL: smallGaps.US,
      EUROPE_SMALL: smallGaps.EUROPE,
      JAPAN_SMALL: smallGaps.JAPAN,
      APAC_EX_JAPAN_SMALL: smallGaps.APAC_EX_JAPAN,
      EM_SMALL: smallGaps.EM,
      KOREA_SMALL: smallGaps.KOREA,
    },
    managerExcess: {
      US_LARGE: 0.002,
      EUROPE_LARGE: 0.008,
      JAPAN_LARGE: 0.01,
      EM_LARGE: 0.012,
      US_SMALL: 0.015,
      EUROPE_SMALL: 0.0067,
      JAPAN_SMALL: 0.031,
      APAC_EX_JAPAN_SMALL: 0.02,
      EM_SMALL: 0.025,
      KOREA_SMALL: 0.02,
    },
    fees: {
      US_LARGE: fees(5, 50),
      EUROPE_LARGE: fees(5, 50),
      JAPAN_LARGE: fees(5, 50),
      APAC_EX_JAPAN_LARGE: fees(5, 50),
      EM_LARGE: fees(5, 50),
      KOREA_LARGE: fees(5, 50),
      US_SMALL: fees(20, 80),
      EUROPE_SMALL: fees(20, 80),
      JAPAN_SMALL: fees(20, 80),
      APAC_EX_JAPAN_SMALL: fees(20, 80),
      EM_SMALL: fees(20, 80),
      KOREA_SMALL: fees(20, 80),
      BONDS: fees(5, 30),
      CASH: fees(0, 0),
    } satisfies Record<SleeveId, { passiveBps: number; activeBps: number }>,
    globalLargeCapWeights: { US: 0.6, EUROPE: 0.2, JAPAN: 0.1, APAC_EX_JAPAN: 0.05, EM: 0.04, KOREA: 0.01 },
    globalSmallCapWeights: { US: 0.5, EUROPE: 0.15, JAPAN: 0.15, APAC_EX_JAPAN: 0.05, EM: 0.1, KOREA: 0.05 },
  };
}

/**
 * USD 100M: large enough that the minimum ticket is its 0.5% weight floor (USD 10,000 is 0.01%), so tests
 * of the other rules see only that floor; the ticket's own tests set the assets and currency they need.
 */
export function testProfile(overrides: Partial<ClientProfile> = {}): ClientProfile {
  return {
    riskTolerance: 3,
    horizonYears: 12,
    homeMarket: "US",
    investableAssets: 100_000_000,
    currency: "USD",
    constraints: { maxFeeBps: null, excludedRegions: [], maxSmallCapShare: null, passiveOnly: false },
    ...overrides,
  };
}

export function withConstraints(constraints: Partial<ClientProfile["constraints"]>, base = testProfile()): ClientProfile {
  return { ...base, constraints: { ...base.constraints, ...constraints } };
}
