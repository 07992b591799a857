import type { Size } from "../market/regions";
import type { ConstituentSnapshot } from "../market/types";
import type { KrxConstituentList } from "./krx-list";
import type { KrxMarket, KrxSizeClass, KrxTier } from "./krx-index-codes";

/** What the caller names the snapshot; region, size, segment, as-of and constituents come from the list. */
export type KrxSnapshotMeta = { id: string; label: string; source: string };

/**
 * The nearest sleeve of a KRX list, for display grouping only (ConstituentSnapshot.segment is what counts).
 * Mid → small: KRX's mid tiers (KOSPI ranks 101–300, KOSDAQ 101–400) lie below the ~100 largest Korean
 * stocks that global large/mid-cap indices hold, i.e. in global small-cap territory. A whole-market list is
 * grouped by what dominates its cap weights: KOSPI's by its large caps, KOSDAQ's as small (its largest
 * stocks are small by global standards).
 */
function sizeOf(tier: KrxTier, market: KrxMarket): Size {
  if (tier === "all") return market === "KOSPI" ? "large" : "small";
  return tier === "large" ? "large" : "small";
}

/**
 * A KRX list as a constituent snapshot: ticker = the six-character code, weight = cap share, marketValue =
 * listed cap in KRW. A whole-market list has no segment (no single tier); each constituent's size class stays
 * on the list, and splitKrxTiers gives one list per class.
 * @example krxSnapshot(list, { id: "krx-kgz01p", label: "KOSPI 200 large", source: "Korea Exchange" })
 *   → { region: "KOREA", size: "large", segment: { area: "KOREA", tier: "large", market: "KOSPI" }, … }
 */
export function krxSnapshot(list: KrxConstituentList, meta: KrxSnapshotMeta): ConstituentSnapshot {
  return {
    ...meta,
    asOf: list.asOf,
    region: "KOREA",
    size: sizeOf(list.tier, list.market),
    synthetic: false,
    constituents: list.constituents.map((c) => ({ ticker: c.code, name: c.name, sector: null, country: null, weight: c.weight, marketValue: c.marketCap })),
    hasAnalysts: false,
    hasProfitable: false,
    ...(list.segment ? { segment: list.segment } : {}),
  };
}

/**
 * A whole-market list split by size class into one list per non-empty tier (large, mid, small order), each
 * with its segment and weights renormalised to the tier's total cap. Ranks stay the whole market's. A list
 * of one tier comes back as itself.
 */
export function splitKrxTiers(list: KrxConstituentList): KrxConstituentList[] {
  if (list.tier !== "all") return [list];
  const tiers: KrxSizeClass[] = ["large", "mid", "small"];
  return tiers.flatMap((tier) => {
    const members = list.constituents.filter((c) => c.sizeClass === tier);
    if (members.length === 0) return [];
    const totalMarketCap = members.reduce((sum, c) => sum + c.marketCap, 0);
    const constituents = members.map((c) => ({ ...c, weight: c.marketCap / totalMarketCap }));
    return [{ ...list, tier, segment: { area: "KOREA" as const, tier, market: list.market }, totalMarketCap, constituents }];
  });
}
