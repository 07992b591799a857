import type { Region } from "../market/regions";
import type { HomeBiasReason } from "./reasons";
import type { HomeMarket } from "./types";

const HOME_REGION: Record<HomeMarket, Region | null> = {
  US: "US",
  KOREA: "KOREA",
  EUROPE: "EUROPE",
  JAPAN: "JAPAN",
  OTHER: null,
};

/**
 * The home region and whether the home bias applies: only when the client has a home region and it is
 * among the regions invested in (a client who excludes their own market gets market weights).
 * @example homeBiasFor("KOREA", ["US", "EM"], 0.2) // { region: "KOREA", applied: false, why: "home_not_eligible" }
 */
export function homeBiasFor(homeMarket: HomeMarket, regions: readonly Region[], homeBias: number): HomeBiasReason {
  const region = HOME_REGION[homeMarket];
  const applied = region !== null && regions.includes(region);
  return {
    rule: "home_bias",
    region,
    homeBias,
    applied,
    ...(applied ? {} : { why: region === null ? "no_home_region" : "home_not_eligible" }),
  };
}
