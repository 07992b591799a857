import { expect, test } from "vitest";
import { renderReason } from "@/lib/allocation/explain";
import type { Reason } from "@/lib/allocation/reasons";

const components = { coverage: 0.8, concentration: 0.9, unprofitable: 0.8, managerExcess: 1 };

// One reason of every rule, with the English and Korean text expected (numbers through Intl).
test.each<[string, Reason, string, string]>([
  [
    "equity share",
    { rule: "equity_share", inputs: { riskTolerance: 3, horizonYears: 12, riskSource: "profile" }, base: 0.55, horizonAdjustment: 0.05, value: 0.6 },
    "Equities 60%: 55% for risk tolerance 3, +5% for a 12-year horizon.",
    "주식 60%: 위험 성향 3의 기본 55%, 투자 기간 12년 조정 +5%.",
  ],
  [
    "small-cap share capped by the client",
    { rule: "small_cap_share", inputs: { riskTolerance: 5, horizonYears: 20, clientMax: 0.1 }, proposed: 0.3, source: "model", value: 0.1, capped: "client_max" },
    "Small caps 10% of equities (30% from the model, capped at the client's maximum of 10%): recommendation 1, include small caps.",
    "주식 중 소형주 10% (모델 30%, 고객 한도 10%로 제한): 권고 1, 소형주 포함.",
  ],
  ["region excluded", { rule: "region_excluded", region: "JAPAN", by: "client" }, "Japan is excluded by the client.", "일본: 고객이 제외한 지역입니다."],
  [
    "Korea folded into EM",
    { rule: "korea_sleeve", included: false, why: "not_selected", foldedIntoEm: true },
    "Korea has no separate sleeve; it is held within emerging markets, as in the indices.",
    "한국은 지수와 같이 신흥시장 안에서 보유합니다.",
  ],
  ["home bias", { rule: "home_bias", region: "KOREA", homeBias: 0.2, applied: true }, "Home bias 20% toward Korea.", "한국 자국 편향 20%."],
  [
    "fee infeasible",
    { rule: "max_fee", status: "infeasible", feeBps: 6.6, maxFeeBps: 5 },
    "Even all passive, the expected fee is 6.6 bp a year, above the client's maximum of 5 bp.",
    "전부 패시브로 운용해도 예상 보수가 연 6.6bp로 고객 한도 5bp를 넘습니다.",
  ],
  [
    "min weight",
    { rule: "min_weight", sleeve: "APAC_EX_JAPAN_SMALL", weight: 0.0049, action: "dropped_region" },
    "Asia-Pacific ex-Japan small caps would be only 0.5% of the portfolio, so its weight goes to the other regions.",
    "일본 제외 아시아·태평양 소형주는 0.5%에 불과해 다른 지역에 합쳤습니다.",
  ],
  ["size share", { rule: "size_share", size: "small", shareOfEquities: 0.2 }, "Small caps are 20% of equities.", "소형주는 주식의 20%입니다."],
  [
    "region split",
    { rule: "region_split", region: "EM", size: "small", base: 0.15, tilt: 1.08, gapScore: 0.81, homeBias: 0.2, isHome: false, value: 0.129 },
    "Emerging markets: 12.9% of small caps from a market weight of 15%, information-gap score 0.81 (tilt ×1.08).",
    "신흥시장: 소형주 중 12.9% (시장 비중 15%, 정보 격차 점수 0.81 (가중 ×1.08)).",
  ],
  [
    "active share",
    { rule: "active_share", sleeve: "JAPAN_SMALL", gapScore: 0.84, components, grossExcess: 0.031, feeSpreadBps: 60, netExcess: 0.025, value: 0.9 },
    "Japan small caps: 90% active for an information-gap score of 0.84 and a net expected excess return of 2.5% (recommendation 3).",
    "일본 소형주: 정보 격차 점수 0.84, 보수 차감 후 기대 초과 수익률 2.5%에 따라 액티브 90% (권고 3).",
  ],
  [
    "fee cap",
    { rule: "fee_cap", sleeve: "US_SMALL", activeBefore: 0.862, activeAfter: 0, maxFeeBps: 12 },
    "Active share of US small caps cut from 86.2% to 0% to respect the 12 bp fee maximum.",
    "보수 한도 12bp를 지키기 위해 미국 소형주 액티브 비중을 86.2%에서 0%로 낮췄습니다.",
  ],
  [
    "defensive split",
    { rule: "defensive_split", asset: "BONDS", defensiveShare: 0.4, shareOfDefensive: 0.9 },
    "Bonds: 90% of the 40% outside equities.",
    "채권: 주식 외 40% 중 90%.",
  ],
])("%s", (_label, reason, en, ko) => {
  expect(renderReason(reason, "en")).toBe(en);
  expect(renderReason(reason, "ko")).toBe(ko);
});
