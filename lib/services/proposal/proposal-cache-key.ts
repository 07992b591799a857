import { createHash } from "node:crypto";
import { PARAMETERS_VERSION } from "../../allocation/parameters";
import { RISK_ENGINE_VERSION } from "../../risk/monte-carlo";
import type { ProposalAssumptions } from "../../validation/proposal";
import { ENGINE_VERSION } from "./compose";
import type { MarketData } from "./market-data";
import type { ProposalClient } from "./view-model";

/** What is cached: the proposal view, or the risk projection the page loads after it. */
export type ProposalCacheKind = "proposal" | "risk";

/**
 * JSON with every object's keys sorted, so equal inputs give equal text whatever order their keys were built
 * in (a client read from the database and one from a saved version; zod's output and a literal). Arrays keep
 * their order (it means something); undefined members are left out, as JSON.stringify does.
 */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : stableJson(v))).join(",")}]`;
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * The cache key of a proposal (or its risk projection): a sha-256 of everything the result depends on. The
 * client's profile as the proposal sees it (an edit changes the key), the assumptions, every dataset the firm's
 * market data is built from (ids are immutable rows; the slots say what each filled), the reference figures
 * (admins edit them), and the engine and parameter versions (a new release computes afresh). The firm is in it
 * too, so no two firms ever share an entry even where their inputs coincide.
 */
export function proposalCacheKey(
  kind: ProposalCacheKind,
  firmId: string,
  client: ProposalClient,
  assumptions: ProposalAssumptions,
  market: Pick<MarketData, "datasets" | "referenceFigures">,
): string {
  const inputs = {
    kind,
    firmId,
    versions: { engine: ENGINE_VERSION, parameters: PARAMETERS_VERSION, risk: kind === "risk" ? RISK_ENGINE_VERSION : null },
    client,
    assumptions,
    datasets: market.datasets.map((d) => ({ id: d.id, slots: d.slots ?? [] })),
    referenceFigures: market.referenceFigures,
  };
  return createHash("sha256").update(stableJson(inputs)).digest("hex");
}
