import type { LineRef, MinTicketReason } from "@/lib/allocation/reasons";
import type { Translate } from "@/lib/i18n/translate";
import { sleeveName } from "./labels";
import type { ReasonFormat } from "./reason-format";

/** A line below the minimum ticket: folded into its nearest line, kept (and why), or the whole portfolio too small. */
export function minTicketText(reason: MinTicketReason, { t, pct, money }: ReasonFormat): string {
  const { ticket } = reason;
  const amount = (x: number) => money(x, ticket.currency);
  if (reason.action === "portfolio_below_ticket") {
    return t("reason.min_ticket.portfolio_below_ticket", { assets: amount(ticket.investableAssets), ticket: amount(ticket.minAmount) });
  }
  const params = { line: lineName(reason.line, t), weight: pct(reason.weight), amount: amount(reason.amount), ticket: amount(ticket.amount) };
  if (reason.action === "kept") return t(`reason.min_ticket.${reason.why}`, params);
  return t("reason.min_ticket.folded", { ...params, into: lineName(reason.into, t), nearest: t(`reason.min_ticket.nearest.${reason.nearest}`) });
}

/** "the passive part of Japan small caps", "bonds": a proposal line in running text. */
function lineName(line: LineRef, t: Translate): string {
  return t(`reason.line.${line.style ?? "whole"}`, { sleeve: sleeveName(line.sleeve, t) });
}
