import type { Locale } from "@/lib/i18n/config";
import { createTranslate, messagesFor, type Translate } from "@/lib/i18n/translate";
import type { ProposalView } from "@/lib/services/proposal/view-model";
import { minorUnitDigits, roundedLines } from "../lines";
import { csvText, numberCell, textCell, type CsvCell } from "./cells";

type Line = ProposalView["allocation"]["lines"][number];

/**
 * The allocation as a spreadsheet: one row per line of the proposal (a sleeve, or its active or passive
 * part), largest first as in the report, with region, size, style, weight (%), amount and fee (bp a year).
 * Weights have two decimals and add up to exactly 100.00; amounts add up to the portfolio's total in the
 * currency's minor unit (see roundedLines).
 */
export function weightsCsv(view: ProposalView, locale: Locale): string {
  const t = createTranslate(messagesFor(locale));
  const currency = view.client.currency;
  const digits = minorUnitDigits(currency);
  const header = [t("proposal.region"), t("proposal.size"), t("proposal.style"), t("report.csv.weight"), t("report.amountIn", { currency }), t("report.csv.fee")];
  const rows = roundedLines(view, 2).map(({ line, weight, amount }): CsvCell[] => [
    ...labelsOf(line, t).map(textCell),
    numberCell(weight * 100, 2),
    numberCell(amount, digits),
    numberCell(line.feeBps, 1),
  ]);
  return csvText([header.map(textCell), ...rows]);
}

function labelsOf(line: Line, t: Translate): [string, string, string] {
  const region = line.region ? t(`region.${line.region}`) : line.sleeve === "BONDS" ? t("proposal.bonds") : t("proposal.cash");
  return [region, line.size ? t(`proposal.size.${line.size}`) : "", line.style ? t(`proposal.style.${line.style}`) : ""];
}
