import type { PanelRow } from "../backtest/types";
import { clip, type ErrorCollector, type ImportProblem, importProblem } from "./import-result";
import { isKrxPreferredCode, isoDateOfDay, type KrxDailyRow } from "./krx-daily-layout";
import { periodCoverage, periodLabel, periodOfDay, type KrxPeriodKind } from "./krx-daily-periods";

/**
 * Longest stretch between two trading days that is still one run of data: KRX's longest closures (New Year,
 * the lunar holidays with a weekend and a substitute day, Chuseok 2025's ten days) are shorter. A longer
 * stretch means a year's file is missing, and the period around it would silently lose those changes.
 */
export const MAX_DAYS_BETWEEN_TRADING_DAYS = 14;

/** One period of the panel, for the log. */
export type KrxPeriodSummary = {
  /** YYYY-MM: the period's last month. */
  label: string;
  /** The last trading day in the files within the period: the date of its panel rows. */
  end: string;
  /** The files begin after the period began: the changes before are missing, so its returns are empty. */
  startsLate: boolean;
  /** The files end inside the period (the last one): kept, with the changes up to the files' last day. */
  endsEarly: boolean;
  /** Codes with a row at the period end. */
  securities: number;
  /** Codes with rows in the period that stop before its end: no row for it ("data stopped"). */
  stopped: number;
};

export type KrxSecurity = { code: string; name: string; preferred: boolean | null };

export type KrxPanel = {
  rows: PanelRow[];
  periods: KrxPeriodSummary[];
  /** Every code in the files, in code order, with its last name and its class by code. */
  securities: KrxSecurity[];
  firstDate: string;
  lastDate: string;
  tradingDays: number;
  /** Always "price": ChagesRatio is a price change; dividends are not in it. */
  returnKind: "price";
};

/** What one code did in one period, summed as its days arrive (in any order). */
type PeriodAccumulator = { growth: number; amount: number; hasAmount: boolean; lastDay: number; marcap: number };

type CodeState = { name: string; nameDay: number; days: Uint8Array; periods: Map<number, PeriodAccumulator> };

/**
 * Builds the period-end panel from daily rows given in any order and from any number of files:
 * - market_cap: Marcap on the period's last trading day (the latest day in the files within the period);
 * - return: Π(1 + ChagesRatio/100) − 1 over every row of the code in the period, the first day of the files
 *   included (each change is against the previous trading day's base price, which KRX publishes even when that
 *   day is not in the files); a price return, dividends not included;
 * - trading_value: the sum of Amount over the period;
 * - is_preferred: the Korea Exchange code convention (isKrxPreferredCode).
 * A code without a row on the period's last trading day gets no row for the period: its data stopped, and the
 * back-test's survivorship mode decides what it earned. Duplicated (code, date) rows are errors.
 */
export class KrxPanelBuilder {
  private readonly codes = new Map<string, CodeState>();
  private readonly tradingDays = new Set<number>();

  constructor(private readonly kind: KrxPeriodKind) {}

  add(row: KrxDailyRow, line: number, errors: ErrorCollector): void {
    let state = this.codes.get(row.code);
    if (state === undefined) {
      state = { name: row.name, nameDay: row.day, days: new Uint8Array(0), periods: new Map() };
      this.codes.set(row.code, state);
    }
    if (!markDay(state, row.day)) {
      errors.add(line, "Date", "duplicate_daily_row", { id: clip(row.code), date: isoDateOfDay(row.day) });
      return;
    }
    if (row.day >= state.nameDay) {
      state.name = row.name;
      state.nameDay = row.day;
    }
    this.tradingDays.add(row.day);
    const key = periodOfDay(row.day, this.kind);
    let period = state.periods.get(key);
    if (period === undefined) {
      period = { growth: 1, amount: 0, hasAmount: false, lastDay: -Infinity, marcap: 0 };
      state.periods.set(key, period);
    }
    period.growth *= 1 + row.changePercent / 100;
    if (row.amount !== null) {
      period.amount += row.amount;
      period.hasAmount = true;
    }
    if (row.day > period.lastDay) {
      period.lastDay = row.day;
      period.marcap = row.marcap;
    }
  }

  /** The panel, or the problem that makes it wrong (a gap between trading days); null when nothing was added. */
  finish(): { ok: true; value: KrxPanel } | { ok: false; problem: ImportProblem } | null {
    const days = [...this.tradingDays].sort((a, b) => a - b);
    if (days.length === 0) return null;
    for (let i = 1; i < days.length; i++) {
      if (days[i]! - days[i - 1]! > MAX_DAYS_BETWEEN_TRADING_DAYS) {
        return { ok: false, problem: importProblem("krx_dates_gap", { from: isoDateOfDay(days[i - 1]!), to: isoDateOfDay(days[i]!) }) };
      }
    }
    const ends = new Map<number, number>();
    for (const day of days) ends.set(periodOfDay(day, this.kind), day);
    const keys = [...ends.keys()];
    const { startsLate, endsEarly } = periodCoverage(days[0]!, days.at(-1)!, this.kind);
    const periods: KrxPeriodSummary[] = keys.map((key, i) => ({
      label: periodLabel(key, this.kind),
      end: isoDateOfDay(ends.get(key)!),
      startsLate: i === 0 && startsLate,
      endsEarly: i === keys.length - 1 && endsEarly,
      securities: 0,
      stopped: 0,
    }));
    const rows: PanelRow[] = [];
    const securities: KrxSecurity[] = [];
    for (const code of [...this.codes.keys()].sort()) {
      const state = this.codes.get(code)!;
      const isPreferred = isKrxPreferredCode(code);
      securities.push({ code, name: state.name, preferred: isPreferred });
      keys.forEach((key, i) => {
        const period = state.periods.get(key);
        if (period === undefined) return;
        const summary = periods[i]!;
        if (period.lastDay !== ends.get(key)) {
          summary.stopped++;
          return;
        }
        summary.securities++;
        rows.push({
          id: code,
          date: summary.end,
          marketCap: period.marcap,
          return: summary.startsLate ? null : period.growth - 1,
          isPreferred,
          tradingValue: period.hasAmount ? period.amount : null,
        });
      });
    }
    return {
      ok: true,
      value: { rows, periods, securities, firstDate: isoDateOfDay(days[0]!), lastDate: isoDateOfDay(days.at(-1)!), tradingDays: days.length, returnKind: "price" },
    };
  }
}

/** Records a code's trading day in its bit set; false when the day was already there (a duplicated row). */
function markDay(state: CodeState, day: number): boolean {
  const byte = day >> 3;
  if (byte >= state.days.length) {
    // Grown to the whole range at once: day numbers reach ~20,000 (2025), 2.5 kB a code.
    const grown = new Uint8Array(Math.max(byte + 1, state.days.length * 2, 3072));
    grown.set(state.days);
    state.days = grown;
  }
  const bit = 1 << (day & 7);
  if (state.days[byte]! & bit) return false;
  state.days[byte]! |= bit;
  return true;
}
