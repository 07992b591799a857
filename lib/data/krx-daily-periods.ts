/**
 * The periods a KRX daily file is cut into: calendar months, or years ending at the last trading day of May
 * (the study's rebalancing: a period named 2025-05 runs June 2024 … May 2025).
 */
export const KRX_PERIOD_KINDS = ["month", "year-end-may"] as const;
export type KrxPeriodKind = (typeof KRX_PERIOD_KINDS)[number];

const MS_PER_DAY = 86_400_000;
type Month = { year: number; month: number }; // month 0-11

function monthOfDay(day: number): Month {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() };
}

/** The period a day falls in, as a number that sorts in time order. */
export function periodOfDay(day: number, kind: KrxPeriodKind): number {
  const { year, month } = monthOfDay(day);
  return kind === "month" ? year * 12 + month : month >= 5 ? year + 1 : year;
}

/** The first and last month of a period. */
function periodMonths(key: number, kind: KrxPeriodKind): { first: Month; last: Month } {
  if (kind === "month") {
    const m = { year: Math.floor(key / 12), month: key % 12 };
    return { first: m, last: m };
  }
  return { first: { year: key - 1, month: 5 }, last: { year: key, month: 4 } };
}

/** The period's name: its last month, YYYY-MM. */
export function periodLabel(key: number, kind: KrxPeriodKind): string {
  const { last } = periodMonths(key, kind);
  return `${last.year}-${String(last.month + 1).padStart(2, "0")}`;
}

const dayOf = (year: number, month: number, date: number) => Date.UTC(year, month, date) / MS_PER_DAY;
const isWeekday = (day: number) => {
  const w = new Date(day * MS_PER_DAY).getUTCDay();
  return w !== 0 && w !== 6;
};

/**
 * The earliest day KRX can trade in a month: its first weekday, but never 1 January (New Year's Day is always
 * a market holiday). Other holidays are not known here, so a file that starts after a holiday-closed first
 * weekday is taken to start late (see `periodCoverage`).
 */
export function earliestTradingDay({ year, month }: Month): number {
  let day = dayOf(year, month, month === 0 ? 2 : 1);
  while (!isWeekday(day)) day++;
  return day;
}

/**
 * The latest day KRX can trade in a month: its last weekday; in December the weekday before the year's last
 * weekday, which is the exchange's year-end closing day (31 December, or the Friday before when it falls on a
 * weekend).
 */
export function latestTradingDay({ year, month }: Month): number {
  let day = dayOf(year, month + 1, 0);
  while (!isWeekday(day)) day--;
  if (month === 11) {
    day--;
    while (!isWeekday(day)) day--;
  }
  return day;
}

/**
 * Whether the files cover the first and the last of their periods whole. The first period starts late when
 * the first trading day in the files comes after the earliest day KRX could have traded in it (the changes of
 * the days before are missing, so its returns are left empty); the last ends early when the files end before
 * the latest possible trading day of its last month (it is kept, with the changes it has, and named partial).
 * A month whose first or last weekdays were holidays is therefore named partial although it is whole: the
 * calendar of Korean holidays is not built in, and a false "partial" costs only a word in the log.
 */
export function periodCoverage(firstDay: number, lastDay: number, kind: KrxPeriodKind): { startsLate: boolean; endsEarly: boolean } {
  const first = periodMonths(periodOfDay(firstDay, kind), kind).first;
  const last = periodMonths(periodOfDay(lastDay, kind), kind).last;
  return { startsLate: firstDay > earliestTradingDay(first), endsEarly: lastDay < latestTradingDay(last) };
}
