import { REGIONS, type Region } from "../market/regions";
import type { KoreaSleeveReason, RegionExcludedReason } from "./reasons";
import type { ClientProfile, ProposalOverrides } from "./types";

export type Eligibility = {
  /** Regions to invest in, in `REGIONS` order. */
  regions: Region[];
  /** Korea's market weight goes to the emerging-markets sleeve (MSCI classifies Korea as emerging). */
  foldKoreaIntoEm: boolean;
  reasons: Array<RegionExcludedReason | KoreaSleeveReason>;
};

/**
 * Which regions a proposal may use. A region is out when the client excludes it (a constraint) or the
 * advisor's `includedRegions` leaves it out (a choice for this proposal).
 *
 * Korea: a separate KOREA sleeve exists when it is selected (the client's home market is Korea, or the
 * advisor's `includedRegions` lists it) and the client does not exclude it. Otherwise Korea is what it is in
 * the indices, part of emerging markets, and its weight is folded into EM, so leaving Korea out of
 * `includedRegions` removes the separate sleeve, not the exposure; only the client's exclusion removes both.
 *
 * @example a US client with no overrides → US, EUROPE, JAPAN, APAC_EX_JAPAN, EM; Korea folded into EM.
 */
export function eligibleRegions(profile: ClientProfile, overrides: ProposalOverrides): Eligibility {
  const excluded = new Set(profile.constraints.excludedRegions);
  const included = overrides.includedRegions ? new Set(overrides.includedRegions) : null;
  const regions: Region[] = [];
  const reasons: Eligibility["reasons"] = [];

  const koreaSelected = included ? included.has("KOREA") : profile.homeMarket === "KOREA";
  const koreaSleeve = koreaSelected && !excluded.has("KOREA");
  for (const region of REGIONS) {
    if (region === "KOREA") {
      if (koreaSleeve) regions.push(region);
    } else if (excluded.has(region)) {
      reasons.push({ rule: "region_excluded", region, by: "client" });
    } else if (included && !included.has(region)) {
      reasons.push({ rule: "region_excluded", region, by: "not_included" });
    } else {
      regions.push(region);
    }
  }

  const foldKoreaIntoEm = !koreaSleeve && !excluded.has("KOREA") && regions.includes("EM");
  const why: KoreaSleeveReason["why"] = excluded.has("KOREA")
    ? "excluded"
    : !koreaSelected
      ? "not_selected"
      : included
        ? "included_by_advisor"
        : "home_market";
  reasons.push({ rule: "korea_sleeve", included: koreaSleeve, why, foldedIntoEm: foldKoreaIntoEm });
  return { regions, foldKoreaIntoEm, reasons };
}
