import { describe, expect, test } from "vitest";
import { reasonText } from "@/components/proposal/reason-text";
import type { MinTicket, Reason } from "@/lib/allocation/reasons";
import type { Locale } from "@/lib/i18n/config";
import { en } from "@/lib/i18n/messages/en";
import { createTranslate, messagesFor } from "@/lib/i18n/translate";

const components = { coverage: 0.8, concentration: 0.9, unprofitable: 0.8, managerExcess: 1 };
const active = { rule: "active_share", sleeve: "JAPAN_SMALL", gapScore: 0.84, components, grossExcess: 0.031, feeSpreadBps: 60, netExcess: 0.025, value: 0.9 } as const;
/** ₩3.2bn of investable assets: the ticket is max(0.5%, ₩15m ÷ ₩3.2bn) = 0.5%, i.e. ₩16m (min-ticket.ts). */
const ticket: MinTicket = { weight: 0.005, amount: 16_000_000, minWeight: 0.005, minAmount: 15_000_000, currency: "KRW", investableAssets: 3_200_000_000 };
const text = (reason: Reason, locale: Locale) => reasonText(reason, createTranslate(messagesFor(locale)), locale);

// One reason of every rule and variant with the sentence expected in each language, written by hand. Numbers go
// through Intl: weights to 0.1%, excess returns to 0.01%, scores to 0.01, fees to 0.1 bp, no trailing zeros.
const CASES: [string, Reason, string, string][] = [
  [
    "equity share, no region left",
    { rule: "equity_share", inputs: { riskTolerance: 3, horizonYears: 12, riskSource: "profile" }, base: 0.55, horizonAdjustment: 0.05, value: 0, limitedBy: "no_eligible_regions" },
    "No region is left to invest in, so the portfolio holds no equities.",
    "투자할 수 있는 지역이 남지 않아 주식을 편입하지 않습니다.",
  ],
  [
    "equity share, no horizon adjustment",
    { rule: "equity_share", inputs: { riskTolerance: 2, horizonYears: 8, riskSource: "profile" }, base: 0.4, horizonAdjustment: 0, value: 0.4 },
    "Equities make up 40% of the portfolio, the level for a risk tolerance of 2; the 8-year horizon needs no adjustment.",
    "주식 비중은 위험 성향 2에 맞춘 40%입니다. 투자 기간이 8년이므로 따로 조정하지 않았습니다.",
  ],
  [
    "equity share, long horizon",
    { rule: "equity_share", inputs: { riskTolerance: 3, horizonYears: 12, riskSource: "profile" }, base: 0.55, horizonAdjustment: 0.05, value: 0.6 },
    "Equities make up 60% of the portfolio: 55% for a risk tolerance of 3, plus 5% because the 12-year horizon leaves time to ride out downturns.",
    "주식 비중은 60%입니다. 위험 성향 3의 기준 55%에, 투자 기간이 12년으로 길어 하락장을 견딜 시간이 있으므로 5%를 더했습니다.",
  ],
  [
    "equity share, short horizon",
    { rule: "equity_share", inputs: { riskTolerance: 4, horizonYears: 2, riskSource: "override" }, base: 0.7, horizonAdjustment: -0.15, value: 0.55 },
    "Equities make up 55% of the portfolio: 70% for a risk tolerance of 4, less 15% because the 2-year horizon may leave no time to wait out a downturn.",
    "주식 비중은 55%입니다. 위험 성향 4의 기준 70%에서, 투자 기간 2년 안에 하락장 회복을 기다리지 못할 수 있어 15%를 뺐습니다.",
  ],
  [
    "small-cap share from the model",
    { rule: "small_cap_share", inputs: { riskTolerance: 3, horizonYears: 10, clientMax: null }, proposed: 0.19, source: "model", value: 0.19 },
    "Small caps are 19% of the equities, the model's share for this risk tolerance and horizon (recommendation 1: include small caps).",
    "주식 중 소형주 비중은 이 위험 성향과 투자 기간에 맞춘 모델 값인 19%입니다(권고 1: 소형주 편입).",
  ],
  [
    "small-cap share set for the proposal",
    { rule: "small_cap_share", inputs: { riskTolerance: 3, horizonYears: 10, clientMax: null }, proposed: 0.25, source: "override", value: 0.25 },
    "Small caps are 25% of the equities, as set for this proposal (recommendation 1: include small caps).",
    "주식 중 소형주 비중은 이번 제안에서 지정한 25%입니다(권고 1: 소형주 편입).",
  ],
  [
    "small-cap share capped by the client",
    { rule: "small_cap_share", inputs: { riskTolerance: 5, horizonYears: 20, clientMax: 0.1 }, proposed: 0.3, source: "model", value: 0.1, capped: "client_max" },
    "Small caps are held to 10% of the equities, the client's maximum, instead of 30% (recommendation 1: include small caps).",
    "주식 중 소형주 비중은 30% 대신 고객 한도인 10%로 제한했습니다(권고 1: 소형주 편입).",
  ],
  [
    "small-cap share capped by the model",
    { rule: "small_cap_share", inputs: { riskTolerance: 5, horizonYears: 40, clientMax: null }, proposed: 0.38, source: "model", value: 0.35, capped: "model_max" },
    "Small caps are held to 35% of the equities, the model's ceiling, instead of 38% (recommendation 1: include small caps).",
    "주식 중 소형주 비중은 38% 대신 모델 상한인 35%로 제한했습니다(권고 1: 소형주 편입).",
  ],
  [
    "region excluded by the client",
    { rule: "region_excluded", region: "EM", by: "client" },
    "At the client's request, the portfolio holds nothing in Emerging Markets.",
    "고객 요청에 따라 신흥국 지역에는 투자하지 않습니다.",
  ],
  [
    "region not chosen",
    { rule: "region_excluded", region: "JAPAN", by: "not_included" },
    "The regions chosen for this proposal leave out Japan.",
    "이번 제안에서 선택한 투자 지역에 일본 지역은 포함되지 않았습니다.",
  ],
  [
    "Korea as the home market",
    { rule: "korea_sleeve", included: true, why: "home_market", foldedIntoEm: false },
    "Korea gets sleeves of its own as the client's home market.",
    "고객의 자국 시장인 한국 지역을 별도 자산군으로 편입합니다.",
  ],
  [
    "Korea chosen for the proposal",
    { rule: "korea_sleeve", included: true, why: "included_by_advisor", foldedIntoEm: false },
    "Korea gets sleeves of its own, as chosen for this proposal.",
    "이번 제안에서 선택한 대로 한국 지역을 별도 자산군으로 편입합니다.",
  ],
  [
    "Korea excluded",
    { rule: "korea_sleeve", included: false, why: "excluded", foldedIntoEm: false },
    "At the client's request, the portfolio holds nothing in Korea.",
    "고객 요청에 따라 한국 지역에는 투자하지 않습니다.",
  ],
  [
    "Korea folded into EM",
    { rule: "korea_sleeve", included: false, why: "not_selected", foldedIntoEm: true },
    "Korea has no sleeves of its own: it is held within Emerging Markets, as in the global indices.",
    "한국 지역은 별도 자산군 없이 글로벌 지수처럼 신흥국 안에서 보유합니다.",
  ],
  [
    "Korea not held",
    { rule: "korea_sleeve", included: false, why: "not_selected", foldedIntoEm: false },
    "Korea has no sleeves of its own.",
    "한국 지역은 별도 자산군으로 편입하지 않습니다.",
  ],
  [
    "home bias",
    { rule: "home_bias", region: "KOREA", homeBias: 0.2, applied: true },
    "Korea is the client's home market, so 20% of the equities is placed there first and the rest follows market weights.",
    "고객의 자국 시장인 한국 지역에 주식의 20%를 먼저 배정하고, 나머지는 시장 비중에 따라 나눕니다.",
  ],
  [
    "no home region",
    { rule: "home_bias", region: null, homeBias: 0.2, applied: false, why: "no_home_region" },
    "There is no home bias, as the client's home market is not one of the model's regions.",
    "고객의 자국 시장이 모델의 투자 지역에 없어 자국 편향을 적용하지 않습니다.",
  ],
  [
    "home market not invested in",
    { rule: "home_bias", region: "US", homeBias: 0.2, applied: false, why: "home_not_eligible" },
    "There is no home bias, as the client's home market is not among the regions invested in.",
    "고객의 자국 시장이 이번 투자 지역에 포함되지 않아 자국 편향을 적용하지 않습니다.",
  ],
  [
    "fee within the maximum",
    { rule: "max_fee", status: "met", feeBps: 9, maxFeeBps: 30 },
    "The expected fee is 9 bp a year, within the client's maximum of 30 bp.",
    "예상 보수는 연 9bp로 고객 한도 30bp 이내입니다.",
  ],
  [
    "fee met by cutting active shares",
    { rule: "max_fee", status: "reduced_active", feeBps: 25, maxFeeBps: 25 },
    "Active shares were reduced so that the expected fee, 25 bp a year, stays within the client's maximum of 25 bp.",
    "예상 보수가 고객 한도 25bp를 넘지 않도록 액티브 비중을 줄였습니다(예상 보수 연 25bp).",
  ],
  [
    "fee maximum out of reach",
    { rule: "max_fee", status: "infeasible", feeBps: 6.6, maxFeeBps: 5 },
    "Even fully passive, the expected fee is 6.6 bp a year, above the client's maximum of 5 bp.",
    "전부 패시브로 운용해도 예상 보수가 연 6.6bp로 고객 한도 5bp를 넘습니다.",
  ],
  [
    "sleeve too small to hold",
    { rule: "min_weight", sleeve: "APAC_EX_JAPAN_SMALL", weight: 0.0049, action: "dropped_region" },
    "Asia-Pacific ex-Japan small caps would be only 0.5% of the portfolio, too little to hold, so that weight goes to the other regions.",
    "일본 제외 아시아·태평양 소형주 비중이 포트폴리오의 0.5%에 불과해 따로 보유하지 않고 다른 지역에 나눕니다.",
  ],
  [
    "active part too small",
    { rule: "min_weight", sleeve: "EUROPE_SMALL", weight: 0.004, action: "merged_into_passive" },
    "The active part of Europe small caps would be only 0.4% of the portfolio, so it is held passively instead.",
    "유럽 소형주의 액티브 비중이 포트폴리오의 0.4%에 불과해 패시브로 운용합니다.",
  ],
  ["small caps of equities", { rule: "size_share", size: "small", shareOfEquities: 0.2 }, "Small caps are 20% of the equities.", "주식 중 소형주 비중은 20%입니다."],
  ["large caps of equities", { rule: "size_share", size: "large", shareOfEquities: 0.85 }, "Large caps are 85% of the equities.", "주식 중 대형주 비중은 85%입니다."],
  [
    "region split at market weight",
    { rule: "region_split", region: "US", size: "large", base: 0.674, tilt: 1, gapScore: null, homeBias: 0.2, isHome: false, value: 0.539 },
    "US large caps are 53.9% of the large-cap allocation, based on their market weight of 67.4%.",
    "미국 대형주는 시장 비중 67.4%를 바탕으로 대형주 배분의 53.9%를 차지합니다.",
  ],
  [
    "region split tilted by the gap",
    { rule: "region_split", region: "EM", size: "small", base: 0.15, tilt: 1.08, gapScore: 0.81, homeBias: 0.2, isHome: false, value: 0.129 },
    "Emerging Markets small caps are 12.9% of the small-cap allocation: their market weight of 15%, tilted by a factor of 1.08 for an information-gap score of 0.81.",
    "신흥국 소형주는 소형주 배분의 12.9%를 차지합니다. 시장 비중 15%에 정보 격차 점수 0.81에 따른 가중치 1.08배를 적용했습니다.",
  ],
  [
    "region split with home bias",
    { rule: "region_split", region: "KOREA", size: "large", base: 0.013, tilt: 1, gapScore: null, homeBias: 0.2, isHome: true, value: 0.21 },
    "Korea large caps are 21% of the large-cap allocation: their market weight of 1.3%, plus the 20% home bias.",
    "한국 대형주는 대형주 배분의 21%를 차지합니다. 시장 비중 1.3%에 자국 편향 20%를 더했습니다.",
  ],
  [
    "region split with gap and home bias",
    { rule: "region_split", region: "KOREA", size: "small", base: 0.022, tilt: 1.09, gapScore: 0.79, homeBias: 0.2, isHome: true, value: 0.228 },
    "Korea small caps are 22.8% of the small-cap allocation: their market weight of 2.2%, tilted by a factor of 1.09 for an information-gap score of 0.79, plus the 20% home bias.",
    "한국 소형주는 소형주 배분의 22.8%를 차지합니다. 시장 비중 2.2%에 정보 격차 점수 0.79에 따른 가중치 1.09배를 적용하고 자국 편향 20%를 더했습니다.",
  ],
  [
    "active share from the model",
    active,
    "Japan small caps are 90% actively managed: the information-gap score is 0.84, and active managers are expected to beat the index by 2.5% a year after their extra fees (recommendation 3: go active where markets are inefficient).",
    "일본 소형주는 90%를 액티브로 운용합니다. 정보 격차 점수가 0.84이고, 추가 보수를 빼고도 액티브 운용사가 지수보다 연 2.5% 높은 수익을 낼 것으로 예상되기 때문입니다(권고 3: 비효율적인 시장에서는 액티브 운용).",
  ],
  [
    "passive-only client",
    { ...active, value: 0, limitedBy: "passive_only" },
    "Japan small caps are held passively, as the client invests in passive funds only.",
    "고객이 패시브 펀드만 원하므로 일본 소형주는 패시브로 운용합니다.",
  ],
  [
    "all passive chosen",
    { ...active, value: 0, limitedBy: "all_passive_override" },
    "Japan small caps are held passively, as chosen for this proposal.",
    "이번 제안에서 모두 패시브로 지정해 일본 소형주는 패시브로 운용합니다.",
  ],
  [
    "no manager data",
    { ...active, sleeve: "US_LARGE", grossExcess: null, netExcess: null, value: 0, limitedBy: "no_manager_data" },
    "US large caps are held passively, as there is no estimate of what active managers add here.",
    "액티브 운용사의 기대 초과 수익률 자료가 없어 미국 대형주는 패시브로 운용합니다.",
  ],
  [
    "no excess after fees",
    { ...active, sleeve: "EUROPE_SMALL", netExcess: -0.0015, value: 0, limitedBy: "no_net_excess" },
    "Europe small caps are held passively: the extra fee of active funds would use up the expected excess return (-0.15% a year after fees).",
    "액티브 펀드의 추가 보수를 빼면 기대 초과 수익률이 연 -0.15%에 그쳐 유럽 소형주는 패시브로 운용합니다.",
  ],
  [
    "narrow information gap",
    { ...active, sleeve: "US_LARGE", gapScore: 0.2, value: 0, limitedBy: "narrow_gap" },
    "US large caps are held passively: with an information-gap score of 0.2, the market is too efficient for active management to pay off.",
    "정보 격차 점수(0.2)가 낮아 액티브 운용으로 얻을 것이 적으므로 미국 대형주는 패시브로 운용합니다.",
  ],
  [
    "US large caps mostly passive",
    { ...active, sleeve: "US_LARGE", gapScore: 0.6, value: 0.2, limitedBy: "us_large_default" },
    "US large caps are the most researched market, so at most 20% is actively managed.",
    "미국 대형주는 가장 많이 분석되는 시장이어서 액티브 비중을 최대 20%로 제한합니다.",
  ],
  [
    "as active as allowed",
    { ...active, limitedBy: "max_active_override" },
    "Japan small caps are 90% actively managed, the most the model allows, as chosen for this proposal (expected excess return after fees: 2.5% a year).",
    "이번 제안에서 최대 액티브를 선택해 일본 소형주는 모델 상한인 90%를 액티브로 운용합니다(보수 차감 후 기대 초과 수익률 연 2.5%).",
  ],
  [
    "active share cut for the fee maximum",
    { rule: "fee_cap", sleeve: "US_SMALL", activeBefore: 0.862, activeAfter: 0, maxFeeBps: 12 },
    "To stay within the client's fee maximum of 12 bp, the active share of US small caps was cut from 86.2% to 0%.",
    "고객의 보수 한도 12bp를 지키기 위해 미국 소형주의 액티브 비중을 86.2%에서 0%로 낮췄습니다.",
  ],
  [
    "bonds",
    { rule: "defensive_split", asset: "BONDS", defensiveShare: 0.4, shareOfDefensive: 0.9 },
    "Bonds are 90% of the 40% held outside equities.",
    "주식 외 자산 40% 중 90%는 채권으로 보유합니다.",
  ],
  [
    "cash",
    { rule: "defensive_split", asset: "CASH", defensiveShare: 0.4, shareOfDefensive: 0.1 },
    "Cash is 10% of the 40% held outside equities, kept for withdrawals and rebalancing.",
    "주식 외 자산 40% 중 10%는 인출과 리밸런싱에 대비해 현금으로 둡니다.",
  ],
  [
    "line folded into the nearest",
    {
      rule: "min_ticket",
      action: "folded",
      line: { sleeve: "JAPAN_SMALL", style: "passive" },
      weight: 0.0009,
      amount: 2_880_000,
      into: { sleeve: "JAPAN_SMALL", style: "active" },
      nearest: "same_sleeve",
      ticket,
    },
    "At only 0.1% of the portfolio (₩2,880,000), the passive part of Japan small caps is below the minimum ticket of ₩16,000,000, so it is added to the active part of Japan small caps, the nearest line in the same sleeve.",
    "일본 소형주 패시브 부분의 비중은 포트폴리오의 0.1%(₩2,880,000)로 최소 투자 단위 ₩16,000,000에 못 미쳐, 같은 지역·같은 규모 안에서 가장 가까운 일본 소형주 액티브 부분에 합쳤습니다.",
  ],
  [
    "line folded into the same size elsewhere",
    {
      rule: "min_ticket",
      action: "folded",
      line: { sleeve: "JAPAN_SMALL", style: "passive" },
      weight: 0.0009,
      amount: 2_880_000,
      into: { sleeve: "EUROPE_SMALL", style: "passive" },
      nearest: "same_size",
      ticket,
    },
    "At only 0.1% of the portfolio (₩2,880,000), the passive part of Japan small caps is below the minimum ticket of ₩16,000,000, so it is added to the passive part of Europe small caps, the nearest line in the same size class in another region.",
    "일본 소형주 패시브 부분의 비중은 포트폴리오의 0.1%(₩2,880,000)로 최소 투자 단위 ₩16,000,000에 못 미쳐, 다른 지역의 같은 규모 안에서 가장 가까운 유럽 소형주 패시브 부분에 합쳤습니다.",
  ],
  [
    "line folded within its region",
    {
      rule: "min_ticket",
      action: "folded",
      line: { sleeve: "EUROPE_SMALL", style: "passive" },
      weight: 0.002,
      amount: 6_400_000,
      into: { sleeve: "EUROPE_LARGE", style: "passive" },
      nearest: "same_region",
      ticket,
    },
    "At only 0.2% of the portfolio (₩6,400,000), the passive part of Europe small caps is below the minimum ticket of ₩16,000,000, so it is added to the passive part of Europe large caps, the nearest line in the same region.",
    "유럽 소형주 패시브 부분의 비중은 포트폴리오의 0.2%(₩6,400,000)로 최소 투자 단위 ₩16,000,000에 못 미쳐, 같은 지역 안에서 가장 가까운 유럽 대형주 패시브 부분에 합쳤습니다.",
  ],
  [
    "cash folded into bonds",
    {
      rule: "min_ticket",
      action: "folded",
      line: { sleeve: "CASH", style: null },
      weight: 0.003,
      amount: 9_600_000,
      into: { sleeve: "BONDS", style: null },
      nearest: "same_asset_class",
      ticket,
    },
    "At only 0.3% of the portfolio (₩9,600,000), cash is below the minimum ticket of ₩16,000,000, so it is added to bonds, the nearest line in the same asset class.",
    "현금의 비중은 포트폴리오의 0.3%(₩9,600,000)로 최소 투자 단위 ₩16,000,000에 못 미쳐, 같은 자산 유형 안에서 가장 가까운 채권에 합쳤습니다.",
  ],
  [
    "small line kept, alone in its class",
    { rule: "min_ticket", action: "kept", line: { sleeve: "CASH", style: null }, weight: 0.004, amount: 12_800_000, why: "asset_class_below_ticket", ticket },
    "At only 0.4% of the portfolio (₩12,800,000), cash is below the minimum ticket of ₩16,000,000, but it is kept as the only line of its asset class.",
    "현금의 비중은 포트폴리오의 0.4%(₩12,800,000)로 최소 투자 단위 ₩16,000,000에 못 미치지만, 해당 자산 유형의 유일한 항목이므로 유지합니다.",
  ],
  [
    "small line kept for the small-cap maximum",
    { rule: "min_ticket", action: "kept", line: { sleeve: "KOREA_SMALL", style: "active" }, weight: 0.003, amount: 9_600_000, why: "max_small_cap_share", ticket },
    "At only 0.3% of the portfolio (₩9,600,000), the active part of Korea small caps is below the minimum ticket of ₩16,000,000, but it is kept: adding it to another line would take small caps above the client's maximum.",
    "한국 소형주 액티브 부분의 비중은 포트폴리오의 0.3%(₩9,600,000)로 최소 투자 단위 ₩16,000,000에 못 미치지만, 다른 항목에 합치면 소형주 비중이 고객 한도를 넘으므로 유지합니다.",
  ],
  [
    "portfolio below the ticket",
    { rule: "min_ticket", action: "portfolio_below_ticket", ticket: { ...ticket, weight: 1, amount: 10_000_000, investableAssets: 10_000_000 } },
    "The investable assets of ₩10,000,000 are below the minimum ticket of ₩15,000,000, so each asset class is held as a single line.",
    "투자 가능 자산(₩10,000,000)이 최소 투자 단위 ₩15,000,000에 못 미쳐 자산 유형마다 한 항목으로 보유합니다.",
  ],
];

describe("reason sentences", () => {
  test.each(CASES)("%s", (_label, reason, en, ko) => {
    expect(text(reason, "en")).toBe(en);
    expect(text(reason, "ko")).toBe(ko);
  });

  test.each(CASES)("%s: a whole sentence, every placeholder filled, no code", (_label, reason) => {
    for (const locale of ["en", "ko"] as const) expect(text(reason, locale)).not.toMatch(/[{}]|undefined|NaN|null|\b[A-Z]+_[A-Z_]+\b/);
    expect(text(reason, "en")).toMatch(/^[A-Z].*\.$/);
    // Polite declarative (합니다/입니다), optionally followed by a parenthesis, as the rest of the catalog.
    expect(text(reason, "ko")).toMatch(/니다(\([^)]*\))?\.$/);
  });

  test("the cases use every reason sentence of the catalog", () => {
    const used = new Set<string>();
    const t = createTranslate(messagesFor("en"));
    for (const [, reason] of CASES) {
      reasonText(reason, (key, vars) => (used.add(key), t(key, vars)), "en");
    }
    expect(Object.keys(en).filter((k) => k.startsWith("reason.") && !used.has(k))).toEqual([]);
  });
});
