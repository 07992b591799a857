import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import { sleeveId } from "@/lib/market/regions";
import type { EquityShareReason, HomeBiasReason, KoreaSleeveReason, Reason, RegionSplitReason, SmallCapShareReason } from "@/lib/allocation/reasons";
import { activeShareText, feeCapText, maxFeeText } from "./reason-text-active";
import { minTicketText } from "./reason-text-ticket";
import { sleeveName } from "./labels";
import { reasonFormat, type ReasonFormat } from "./reason-format";

/**
 * One structured reason (lib/allocation/reasons.ts) as a sentence in the UI language. Each rule and
 * variant has its own catalog key, typed as a template literal over the reason's codes, so a new code
 * without a sentence in both catalogs fails `tsc`.
 * @example reasonText({ rule: "size_share", size: "small", shareOfEquities: 0.2 }, t, "en")
 *   // "Small caps are 20% of the equities."
 */
export function reasonText(reason: Reason, t: Translate, locale: Locale): string {
  const f = reasonFormat(t, locale);
  const { pct } = f;
  switch (reason.rule) {
    case "equity_share":
      return equityShareText(reason, f, locale);
    case "small_cap_share":
      return smallCapShareText(reason, f);
    case "region_excluded":
      return t(`reason.region_excluded.${reason.by}`, { region: t(`region.${reason.region}`) });
    case "korea_sleeve":
      return t(`reason.korea_sleeve.${koreaCase(reason)}`, { korea: t("region.KOREA"), em: t("region.EM") });
    case "home_bias":
      return homeBiasText(reason, f);
    case "max_fee":
      return maxFeeText(reason, f);
    case "min_weight":
      return t(`reason.min_weight.${reason.action}`, { sleeve: sleeveName(reason.sleeve, t), weight: pct(reason.weight) });
    case "min_ticket":
      return minTicketText(reason, f);
    case "size_share":
      return t(`reason.size_share.${reason.size}`, { share: pct(reason.shareOfEquities) });
    case "region_split":
      return regionSplitText(reason, f);
    case "active_share":
      return activeShareText(reason, f);
    case "fee_cap":
      return feeCapText(reason, f);
    case "defensive_split":
      return t(`reason.defensive_split.${reason.asset}`, { share: pct(reason.shareOfDefensive), outside: pct(reason.defensiveShare) });
  }
}

function equityShareText(reason: EquityShareReason, { t, pct }: ReasonFormat, locale: Locale): string {
  if (reason.limitedBy === "no_eligible_regions") return t("reason.equity_share.none");
  const { riskTolerance, horizonYears } = reason.inputs;
  const adjustment = reason.horizonAdjustment;
  const variant = adjustment > 0 ? "up" : adjustment < 0 ? "down" : "base";
  return t(`reason.equity_share.${variant}`, {
    value: pct(reason.value),
    base: pct(reason.base),
    adjustment: pct(Math.abs(adjustment)),
    risk: formatNumber(locale, riskTolerance),
    years: formatNumber(locale, horizonYears),
  });
}

function smallCapShareText(reason: SmallCapShareReason, { t, pct }: ReasonFormat): string {
  return t(`reason.small_cap_share.${reason.capped ?? reason.source}`, { value: pct(reason.value), proposed: pct(reason.proposed) });
}

function koreaCase(reason: KoreaSleeveReason) {
  if (reason.included) return reason.why === "included_by_advisor" ? "included_by_advisor" : "home_market";
  if (reason.why === "excluded") return "excluded";
  return reason.foldedIntoEm ? "folded" : "not_held";
}

function homeBiasText(reason: HomeBiasReason, { t, pct }: ReasonFormat): string {
  if (reason.applied && reason.region !== null) {
    return t("reason.home_bias.applied", { region: t(`region.${reason.region}`), bias: pct(reason.homeBias) });
  }
  return t(`reason.home_bias.${reason.why ?? (reason.region === null ? "no_home_region" : "home_not_eligible")}`);
}

function regionSplitText(reason: RegionSplitReason, { t, pct, score }: ReasonFormat): string {
  const hasGap = reason.gapScore !== null;
  const hasHome = reason.isHome && reason.homeBias > 0;
  const variant = hasGap ? (hasHome ? "gap_home" : "gap") : hasHome ? "home" : "plain";
  return t(`reason.region_split.${variant}`, {
    sleeve: sleeveName(sleeveId(reason.region, reason.size), t),
    group: t(`reason.group.${reason.size}`),
    value: pct(reason.value),
    base: pct(reason.base),
    tilt: score(reason.tilt),
    score: score(reason.gapScore),
    bias: pct(reason.homeBias),
  });
}
