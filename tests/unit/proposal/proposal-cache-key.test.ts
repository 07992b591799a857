import { describe, expect, test } from "vitest";
import { createHash } from "node:crypto";
import { proposalCacheKey, stableJson } from "@/lib/services/proposal/proposal-cache-key";
import { ENGINE_VERSION } from "@/lib/services/proposal/compose";
import { PARAMETERS_VERSION } from "@/lib/allocation/parameters";
import { REFERENCE_FIGURES } from "@/lib/metrics/reference-figures";
import type { ProposalClient } from "@/lib/services/proposal/view-model";

const client: ProposalClient = {
  id: "c1",
  name: "Kim",
  homeMarket: "KOREA",
  riskTolerance: 3,
  horizonYears: 15,
  investableAssets: 1e9,
  currency: "KRW",
  maxFeeBps: null,
  excludedRegions: [],
  maxSmallCapShare: null,
  passiveOnly: false,
  currentAllocation: null,
};
const market = { datasets: [{ id: "d1", name: "Demo", vintage: "2025", synthetic: true }], referenceFigures: REFERENCE_FIGURES };
const assumptions = { activeOverride: "model", rebalance: "annual" } as const;

describe("stableJson", () => {
  test("sorts keys at every depth, keeps array order, leaves out undefined members", () => {
    expect(stableJson({ b: 1, a: { d: [3, { y: 1, x: 2 }], c: undefined } })).toBe('{"a":{"d":[3,{"x":2,"y":1}]},"b":1}');
    expect(stableJson([undefined, null, "é"])).toBe('[null,null,"é"]');
  });
});

describe("proposalCacheKey", () => {
  test("is the sha-256 of the sorted inputs, whatever order the objects were built in", () => {
    const key = proposalCacheKey("proposal", "f1", client, assumptions, market);
    const reordered = Object.fromEntries(Object.entries(client).reverse()) as ProposalClient;
    expect(proposalCacheKey("proposal", "f1", reordered, { rebalance: "annual", activeOverride: "model" }, market)).toBe(key);
    // Written out by hand here: keys sorted, the datasets reduced to id and slots.
    const text =
      `{"assumptions":{"activeOverride":"model","rebalance":"annual"},` +
      `"client":{"currency":"KRW","currentAllocation":null,"excludedRegions":[],"homeMarket":"KOREA","horizonYears":15,"id":"c1",` +
      `"investableAssets":1000000000,"maxFeeBps":null,"maxSmallCapShare":null,"name":"Kim","passiveOnly":false,"riskTolerance":3},` +
      `"datasets":[{"id":"d1","slots":[]}],"firmId":"f1","kind":"proposal",` +
      `"referenceFigures":${stableJson(REFERENCE_FIGURES)},` +
      `"versions":{"engine":${JSON.stringify(ENGINE_VERSION)},"parameters":${JSON.stringify(PARAMETERS_VERSION)},"risk":null}}`;
    expect(key).toBe(createHash("sha256").update(text).digest("hex"));
  });

  test("changes with each input that changes the result", () => {
    const base = proposalCacheKey("proposal", "f1", client, assumptions, market);
    const variants = [
      proposalCacheKey("risk", "f1", client, assumptions, market),
      proposalCacheKey("proposal", "f2", client, assumptions, market),
      proposalCacheKey("proposal", "f1", { ...client, horizonYears: 16 }, assumptions, market),
      proposalCacheKey("proposal", "f1", client, { ...assumptions, rebalance: "quarterly" }, market),
      proposalCacheKey("proposal", "f1", client, assumptions, { ...market, datasets: [{ ...market.datasets[0]!, id: "d2" }] }),
      proposalCacheKey("proposal", "f1", client, assumptions, { ...market, datasets: [{ ...market.datasets[0]!, slots: ["returns:CASH"] }] }),
      proposalCacheKey("proposal", "f1", client, assumptions, { ...market, referenceFigures: [{ ...REFERENCE_FIGURES[0]!, value: 1 }] }),
    ];
    expect(new Set([base, ...variants]).size).toBe(variants.length + 1);
  });
});
