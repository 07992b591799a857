import { type Locale, num, pct, sleeveName } from "./labels";
import type { ActiveShareReason, FeeCapReason, MaxFeeReason } from "./reasons";

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The active-share reason of a sleeve as one sentence (see `renderReason`). */
export function renderActiveShare(reason: ActiveShareReason, locale: Locale): string {
  const en = locale === "en";
  const name = sleeveName(reason.sleeve, locale);
  const Name = capitalise(name);
  const value = pct(reason.value, locale);
  const gap = num(reason.gapScore ?? 0, locale);
  const net = reason.netExcess === null ? "" : pct(reason.netExcess, locale, 2);
  switch (reason.limitedBy) {
    case "passive_only":
      return en ? `${Name}: passive, as the client invests passively only.` : `${name}: 고객이 패시브 투자만 원하므로 패시브.`;
    case "all_passive_override":
      return en ? `${Name}: passive, as chosen by the advisor.` : `${name}: 자문가 선택에 따라 패시브.`;
    case "no_manager_data":
      return en
        ? `${Name}: passive, as no expected manager excess return is known.`
        : `${name}: 매니저 기대 초과 수익률 정보가 없어 패시브.`;
    case "no_net_excess":
      return en
        ? `${Name}: passive, as the expected excess return net of the fee difference is ${net}.`
        : `${name}: 보수 차이를 뺀 기대 초과 수익률이 ${net}이므로 패시브.`;
    case "narrow_gap":
      return en
        ? `${Name}: passive, as the information-gap score of ${gap} is too low for active management to pay.`
        : `${name}: 정보 격차 점수 ${gap}가 낮아 액티브 운용의 이점이 적으므로 패시브.`;
    case "max_active_override":
      return en
        ? `${Name}: ${value} active, the maximum, as chosen by the advisor (net excess ${net}).`
        : `${name}: 자문가 선택에 따라 최대 액티브 ${value} (순초과 수익 ${net}).`;
    case "us_large_default":
      return en
        ? `${Name}: ${value} active at most; US large caps are the most researched market and stay mostly passive.`
        : `${name}: 액티브 최대 ${value}; 미국 대형주는 정보 효율성이 높아 주로 패시브.`;
    case undefined:
      return en
        ? `${Name}: ${value} active for an information-gap score of ${gap} and a net expected excess return of ${net} (recommendation 3).`
        : `${name}: 정보 격차 점수 ${gap}, 보수 차감 후 기대 초과 수익률 ${net}에 따라 액티브 ${value} (권고 3).`;
  }
}

export function renderFeeCap(reason: FeeCapReason, locale: Locale): string {
  const name = sleeveName(reason.sleeve, locale);
  const [before, after] = [pct(reason.activeBefore, locale), pct(reason.activeAfter, locale)];
  const max = num(reason.maxFeeBps, locale, 1);
  return locale === "en"
    ? `Active share of ${name} cut from ${before} to ${after} to respect the ${max} bp fee maximum.`
    : `보수 한도 ${max}bp를 지키기 위해 ${name} 액티브 비중을 ${before}에서 ${after}로 낮췄습니다.`;
}

export function renderMaxFee(reason: MaxFeeReason, locale: Locale): string {
  const en = locale === "en";
  const fee = num(reason.feeBps, locale, 1);
  const max = num(reason.maxFeeBps, locale, 1);
  switch (reason.status) {
    case "met":
      return en ? `Expected fee ${fee} bp a year, within the client's maximum of ${max} bp.` : `예상 보수 연 ${fee}bp, 고객 한도 ${max}bp 이내.`;
    case "reduced_active":
      return en
        ? `Active shares were cut so the expected fee, ${fee} bp a year, meets the client's maximum of ${max} bp.`
        : `고객 보수 한도 ${max}bp를 지키기 위해 액티브 비중을 줄였습니다 (예상 보수 연 ${fee}bp).`;
    case "infeasible":
      return en
        ? `Even all passive, the expected fee is ${fee} bp a year, above the client's maximum of ${max} bp.`
        : `전부 패시브로 운용해도 예상 보수가 연 ${fee}bp로 고객 한도 ${max}bp를 넘습니다.`;
  }
}
