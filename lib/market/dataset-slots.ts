import { REGIONS, sleeveId, type Region } from "./regions";
import { slotKey, type SnapshotArea, type SnapshotSegment } from "./slots";

/**
 * Which activation slots (lib/market/slots.ts) a dataset can fill, from what its file is. Pure: the import
 * service records the answer in Dataset.slots, and activation fills exactly those slots.
 * - a constituent snapshot: its segment's snapshot slot
 * - a French factor file: the returns of its region's small and large sleeves (derived from the market return
 *   and SMB); for the US file only cash (RF), the US sleeves coming from the portfolios formed on size; regions the model has no sleeve for (Developed, Developed ex US,
 *   North America) fill nothing and are kept for research and checks
 * - French US portfolios formed on size: the US small and large sleeves
 * - French size × book-to-market portfolios: nothing (they check the regional decomposition)
 * - consensus estimates: the estimates slot of their area
 * - sleeve histories and panels: nothing (the demo history is the fallback; panels feed back-tests)
 */
export type SlotSource =
  | { kind: "snapshots"; segment: SnapshotSegment }
  | { kind: "french_factors"; region: string }
  | { kind: "french_size" }
  | { kind: "french_size_bm" }
  | { kind: "estimates"; area: SnapshotArea }
  | { kind: "sleeve_history" }
  | { kind: "panel" };

const sleeveRegion = (region: string): Region | null => ((REGIONS as readonly string[]).includes(region) && region !== "KOREA" ? (region as Region) : null);

const smallAndLarge = (region: Region) => [slotKey({ kind: "returns", sleeve: sleeveId(region, "small") }), slotKey({ kind: "returns", sleeve: sleeveId(region, "large") })];

/**
 * @example slotsFor({ kind: "french_factors", region: "US" }) → ["returns:CASH"]
 * @example slotsFor({ kind: "snapshots", segment: { area: "KOREA", tier: "small", market: "KOSDAQ" } }) → ["snapshot:KOREA:small:KOSDAQ"]
 */
export function slotsFor(source: SlotSource): string[] {
  switch (source.kind) {
    case "snapshots":
      return [slotKey({ kind: "snapshot", segment: source.segment })];
    case "french_factors": {
      // Korea is in French's Emerging region, not a region of its own: a "KOREA" factor file does not exist.
      const region = sleeveRegion(source.region);
      if (!region) return [];
      // US small and large are measured directly in French's portfolios formed on size, so the US factor
      // file only gives cash (RF); a decomposition would stand in for data the library already publishes.
      return region === "US" ? [slotKey({ kind: "returns", sleeve: "CASH" })] : smallAndLarge(region);
    }
    case "french_size":
      return smallAndLarge("US");
    case "estimates":
      return [slotKey({ kind: "estimates", area: source.area })];
    case "french_size_bm":
    case "sleeve_history":
    case "panel":
      return [];
  }
}
