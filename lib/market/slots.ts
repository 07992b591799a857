import { REGIONS, type Region, type SleeveId } from "./regions";

/**
 * Activation slots: the places in a firm's proposals that a real dataset can fill. A slot with no active
 * dataset uses the demo data. Slots are strings so the database stores them as they are
 * (DatasetActivation.slot, Dataset.slots):
 * - `returns:<SleeveId>`: the monthly return series of an equity sleeve, or of CASH (from French's RF)
 * - `snapshot:<area>:<tier>` or `snapshot:<area>:<tier>:<market>`: the constituent snapshot standing for a
 *   segment in the information-gap evidence, e.g. `snapshot:US:small` (IWM), `snapshot:US:micro` (IWC),
 *   `snapshot:DEVELOPED:large` (URTH), `snapshot:KOREA:small:KOSDAQ`
 * - `estimates:<area>`: consensus estimates joined by ticker to that area's snapshots (proxies)
 */
export const SNAPSHOT_TIERS = ["large", "mid", "small", "micro"] as const;
export type SnapshotTier = (typeof SNAPSHOT_TIERS)[number];
export type SnapshotArea = Region | "DEVELOPED";
export const SNAPSHOT_AREAS: readonly SnapshotArea[] = [...REGIONS, "DEVELOPED"];

/** Where a constituent snapshot belongs in the evidence: an area, a size tier, and a market where one area has several (KOSPI, KOSDAQ). */
export type SnapshotSegment = { area: SnapshotArea; tier: SnapshotTier; market: string | null };

export type Slot =
  | { kind: "returns"; sleeve: SleeveId }
  | { kind: "snapshot"; segment: SnapshotSegment }
  | { kind: "estimates"; area: SnapshotArea };

export function slotKey(slot: Slot): string {
  switch (slot.kind) {
    case "returns":
      return `returns:${slot.sleeve}`;
    case "snapshot": {
      const { area, tier, market } = slot.segment;
      return market ? `snapshot:${area}:${tier}:${market}` : `snapshot:${area}:${tier}`;
    }
    case "estimates":
      return `estimates:${slot.area}`;
  }
}

const SLEEVE_PATTERN = new RegExp(`^(?:(?:${REGIONS.join("|")})_(?:LARGE|SMALL)|CASH)$`);
const MARKET_PATTERN = /^[A-Z][A-Z0-9_]{0,15}$/;

/** The slot a key names, or null when the key is not one (stored keys are re-checked when read). */
export function parseSlotKey(key: string): Slot | null {
  const parts = key.split(":");
  if (parts[0] === "returns" && parts.length === 2 && SLEEVE_PATTERN.test(parts[1]!)) {
    return { kind: "returns", sleeve: parts[1] as SleeveId };
  }
  if (parts[0] === "estimates" && parts.length === 2 && isArea(parts[1]!)) return { kind: "estimates", area: parts[1] };
  if (parts[0] === "snapshot" && (parts.length === 3 || parts.length === 4)) {
    const [, area, tier, market] = parts as [string, string, string, string | undefined];
    if (!isArea(area) || !(SNAPSHOT_TIERS as readonly string[]).includes(tier)) return null;
    if (market !== undefined && !MARKET_PATTERN.test(market)) return null;
    return { kind: "snapshot", segment: { area, tier: tier as SnapshotTier, market: market ?? null } };
  }
  return null;
}

function isArea(value: string): value is SnapshotArea {
  return (SNAPSHOT_AREAS as readonly string[]).includes(value);
}

/** Dataset.slots is a comma-separated list; unknown keys are dropped. */
export function parseSlotList(value: string): string[] {
  return value.split(",").filter((k) => k !== "" && parseSlotKey(k) !== null);
}

/** The sleeve a snapshot segment stands for in the allocation model, or null (mid and micro tiers, DEVELOPED). */
export function sleeveOfSegment(segment: SnapshotSegment): SleeveId | null {
  if (segment.area === "DEVELOPED" || (segment.tier !== "large" && segment.tier !== "small")) return null;
  return `${segment.area}_${segment.tier.toUpperCase()}` as SleeveId;
}
