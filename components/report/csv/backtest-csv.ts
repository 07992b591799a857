import type { Locale } from "@/lib/i18n/config";
import { createTranslate, messagesFor, type Translate } from "@/lib/i18n/translate";
import type { MessageKey } from "@/lib/i18n/messages/en";
import type { ProposalView } from "@/lib/services/proposal/view-model";
import { hasRealData } from "@/components/proposal/provenance-text";
import { returnsFromWealth } from "../trailing-stats";
import { csvText, numberCell, textCell, type CsvCell } from "./cells";

/** Monthly returns in percent to four decimals (0.0001% = 1e-6, the precision the proposal stores wealth to). */
const RETURN_DIGITS = 4;

/**
 * The back-test as a spreadsheet: one row per month (YYYY-MM) with the month's return in percent of the
 * proposal net of fees, the proposal gross of fees and the benchmark, taken from the stored wealth curves.
 * When the back-test ran on demo data, each series' header says "synthetic data" ("partly synthetic data" when
 * some sleeves are real), so the figures keep the label when a column is copied elsewhere. A series with no data (no benchmark) leaves its cells empty.
 */
export function backtestCsv(view: ProposalView, locale: Locale): string {
  const t = createTranslate(messagesFor(locale));
  const { months, proposal, benchmark } = view.backtest;
  const series = [proposal.wealthNet, proposal.wealthGross, benchmark.wealth].map((w) => (w.length === 0 ? null : returnsFromWealth(w)));
  const header = [t("report.csv.month"), ...(["report.csv.net", "report.csv.gross", "report.csv.benchmark"] as const).map((k) => seriesHeader(k, view.synthetic ? (hasRealData(view) ? "partly" : "all") : "none", t))];
  const rows = months.map((month, k): CsvCell[] => [
    textCell(month),
    ...series.map((r) => (r ? numberCell(r[k]! * 100, RETURN_DIGITS) : textCell(""))),
  ]);
  return csvText([header.map(textCell), ...rows]);
}

function seriesHeader(key: MessageKey, synthetic: "all" | "partly" | "none", t: Translate): string {
  if (synthetic === "none") return t(key);
  return t(synthetic === "partly" ? "report.csv.partlySynthetic" : "report.csv.synthetic", { column: t(key) });
}
