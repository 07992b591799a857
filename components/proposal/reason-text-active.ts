import type { ActiveShareReason, FeeCapReason, MaxFeeReason } from "@/lib/allocation/reasons";
import { sleeveName } from "./labels";
import type { ReasonFormat } from "./reason-format";

/** The active share of a sleeve as a sentence: the model's case, or what held it back (see `reasonText`). */
export function activeShareText(reason: ActiveShareReason, { t, pct, excess, score }: ReasonFormat): string {
  return t(`reason.active_share.${reason.limitedBy ?? "model"}`, {
    sleeve: sleeveName(reason.sleeve, t),
    value: pct(reason.value),
    score: score(reason.gapScore),
    net: excess(reason.netExcess),
  });
}

export function feeCapText(reason: FeeCapReason, { t, pct, bp }: ReasonFormat): string {
  return t("reason.fee_cap", {
    sleeve: sleeveName(reason.sleeve, t),
    before: pct(reason.activeBefore),
    after: pct(reason.activeAfter),
    max: bp(reason.maxFeeBps),
  });
}

export function maxFeeText(reason: MaxFeeReason, { t, bp }: ReasonFormat): string {
  return t(`reason.max_fee.${reason.status}`, { fee: bp(reason.feeBps), max: bp(reason.maxFeeBps) });
}
