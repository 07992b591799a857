import { renderActiveShare, renderFeeCap, renderMaxFee } from "./explain-active";
import { type Locale, num, pct, regionName, sizeName, sleeveName } from "./labels";
import type { KoreaSleeveReason, Reason, SmallCapShareReason } from "./reasons";

export type { Locale } from "./labels";

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A reason as one sentence in English or Korean, with numbers formatted for the locale through Intl.
 * @example renderReason({ rule: "size_share", size: "small", shareOfEquities: 0.2 }, "en")
 *   // "Small caps are 20% of equities."
 */
export function renderReason(reason: Reason, locale: Locale): string {
  const en = locale === "en";
  const p = (x: number) => pct(x, locale);
  switch (reason.rule) {
    case "equity_share": {
      if (reason.limitedBy === "no_eligible_regions") {
        return en
          ? "No region is left to invest in, so the portfolio holds no equities."
          : "투자 가능한 지역이 없어 주식 비중은 0%입니다.";
      }
      const { riskTolerance: r, horizonYears } = reason.inputs;
      const [h, adj] = [num(horizonYears, locale), signed(reason.horizonAdjustment, locale)];
      return en
        ? `Equities ${p(reason.value)}: ${p(reason.base)} for risk tolerance ${r}, ${adj} for a ${h}-year horizon.`
        : `주식 ${p(reason.value)}: 위험 성향 ${r}의 기본 ${p(reason.base)}, 투자 기간 ${h}년 조정 ${adj}.`;
    }
    case "small_cap_share":
      return renderSmallCapShare(reason, locale);
    case "region_excluded": {
      const name = regionName(reason.region, locale);
      if (reason.by === "client") return en ? `${name} is excluded by the client.` : `${name}: 고객이 제외한 지역입니다.`;
      return en
        ? `${name} is not among the regions chosen for this proposal.`
        : `${name}: 이번 제안에서 선택하지 않은 지역입니다.`;
    }
    case "korea_sleeve":
      return renderKoreaSleeve(reason, en);
    case "home_bias": {
      if (!reason.applied || reason.region === null) {
        return en
          ? "No home bias: the home market is not among the regions invested in."
          : "자국 편향 미적용: 자국 시장이 투자 지역에 없습니다.";
      }
      const home = regionName(reason.region, locale);
      return en ? `Home bias ${p(reason.homeBias)} toward ${home}.` : `${home} 자국 편향 ${p(reason.homeBias)}.`;
    }
    case "max_fee":
      return renderMaxFee(reason, locale);
    case "min_weight": {
      const [name, weight] = [sleeveName(reason.sleeve, locale), p(reason.weight)];
      if (reason.action === "dropped_region") {
        return en
          ? `${capitalise(name)} would be only ${weight} of the portfolio, so its weight goes to the other regions.`
          : `${name}는 ${weight}에 불과해 다른 지역에 합쳤습니다.`;
      }
      return en
        ? `The active part of ${name} would be only ${weight}, so it is held passively.`
        : `${name}의 액티브 비중이 ${weight}에 불과해 패시브로 운용합니다.`;
    }
    case "size_share": {
      const size = sizeName(reason.size, locale);
      const share = p(reason.shareOfEquities);
      return en ? `${capitalise(size)} are ${share} of equities.` : `${size}는 주식의 ${share}입니다.`;
    }
    case "region_split": {
      const [name, size] = [regionName(reason.region, locale), sizeName(reason.size, locale)];
      const [score, tilt] = [num(reason.gapScore ?? 0, locale), num(reason.tilt, locale)];
      const hasGap = reason.gapScore !== null;
      const hasHome = reason.isHome && reason.homeBias > 0;
      if (en) {
        const gap = hasGap ? `, information-gap score ${score} (tilt ×${tilt})` : "";
        const home = hasHome ? `, plus ${p(reason.homeBias)} home bias` : "";
        return `${capitalise(name)}: ${p(reason.value)} of ${size} from a market weight of ${p(reason.base)}${gap}${home}.`;
      }
      const gap = hasGap ? `, 정보 격차 점수 ${score} (가중 ×${tilt})` : "";
      const home = hasHome ? `, 자국 편향 ${p(reason.homeBias)} 추가` : "";
      return `${name}: ${size} 중 ${p(reason.value)} (시장 비중 ${p(reason.base)}${gap}${home}).`;
    }
    case "active_share":
      return renderActiveShare(reason, locale);
    case "fee_cap":
      return renderFeeCap(reason, locale);
    case "defensive_split": {
      const [name, share, outside] = [sleeveName(reason.asset, locale), p(reason.shareOfDefensive), p(reason.defensiveShare)];
      return en ? `${capitalise(name)}: ${share} of the ${outside} outside equities.` : `${name}: 주식 외 ${outside} 중 ${share}.`;
    }
  }
}

function renderSmallCapShare(reason: SmallCapShareReason, locale: Locale): string {
  const en = locale === "en";
  const [value, proposed] = [pct(reason.value, locale), pct(reason.proposed, locale)];
  const from = reason.source === "override" ? (en ? "the advisor's choice" : "자문가 지정값") : en ? "the model" : "모델";
  let cap = "";
  if (reason.capped === "client_max") cap = en ? `, capped at the client's maximum of ${value}` : `, 고객 한도 ${value}로 제한`;
  if (reason.capped === "model_max") cap = en ? ", capped at the model maximum" : ", 모델 상한으로 제한";
  return en
    ? `Small caps ${value} of equities (${proposed} from ${from}${cap}): recommendation 1, include small caps.`
    : `주식 중 소형주 ${value} (${from} ${proposed}${cap}): 권고 1, 소형주 포함.`;
}

function renderKoreaSleeve(reason: KoreaSleeveReason, en: boolean): string {
  if (reason.included && reason.why === "home_market") {
    return en ? "Korea gets its own sleeves as the client's home market." : "고객의 자국 시장이므로 한국을 별도로 편입합니다.";
  }
  if (reason.included) return en ? "Korea gets its own sleeves, as chosen by the advisor." : "자문가 선택에 따라 한국을 별도로 편입합니다.";
  if (reason.why === "excluded") return en ? "Korea is excluded by the client." : "고객이 한국을 제외했습니다.";
  if (reason.foldedIntoEm) {
    return en
      ? "Korea has no separate sleeve; it is held within emerging markets, as in the indices."
      : "한국은 지수와 같이 신흥시장 안에서 보유합니다.";
  }
  return en ? "Korea has no separate sleeve." : "한국은 별도로 편입하지 않습니다.";
}

function signed(x: number, locale: Locale): string {
  return `${x > 0 ? "+" : ""}${pct(x, locale)}`;
}
