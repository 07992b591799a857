import type { MonthlySeries } from "../market/types";
import { isYearMonth, monthRange } from "./months";
import type { CommonPeriod } from "./sleeve-types";

export type AlignedSleeves = {
  period: CommonPeriod;
  months: string[];
  /** Each sleeve's returns over `months`, in the order of the `sleeves` argument. */
  returns: Float64Array[];
};

/**
 * Cuts the sleeves to their common period: from the latest first month to the earliest last month
 * of the given sleeves. Missing history is never filled in: a sleeve that lacks a month inside the
 * common period is an error, not a zero return.
 *
 * @throws if a sleeve has no series, a series is malformed (months not ascending YYYY-MM, a length
 *   mismatch, a non-finite return), the sleeves share no month, or a sleeve has a gap inside the period.
 * @example A 2010-01…2020-12, B 2012-06…2021-03 → 2012-06…2020-12 (103 months), truncatedBy both:
 *   B starts later than A, A ends earlier than B.
 */
export function alignSleeves(series: Partial<Record<string, MonthlySeries>>, sleeves: readonly string[]): AlignedSleeves {
  if (sleeves.length === 0) throw new Error("alignSleeves: no weighted sleeve");
  const checked = sleeves.map((sleeve) => ({ sleeve, data: checkedSeries(series[sleeve], sleeve) }));
  const firsts = checked.map(({ data }) => data.months[0] ?? "");
  const lasts = checked.map(({ data }) => data.months[data.months.length - 1] ?? "");
  const start = firsts.reduce((a, b) => (a > b ? a : b));
  const end = lasts.reduce((a, b) => (a < b ? a : b));
  if (start > end) {
    const late = checked[firsts.indexOf(start)]?.sleeve;
    const early = checked[lasts.indexOf(end)]?.sleeve;
    throw new Error(`alignSleeves: no common month: "${late}" starts ${start} but "${early}" ends ${end}`);
  }
  const months = monthRange(start, end);
  const returns = checked.map(({ sleeve, data }) => {
    const offset = data.months.indexOf(start);
    months.forEach((month, k) => {
      if (data.months[offset + k] !== month) {
        throw new Error(`alignSleeves: sleeve "${sleeve}" has no return for ${month} inside the common period`);
      }
    });
    return data.returns.slice(offset, offset + months.length);
  });
  const earliest = firsts.reduce((a, b) => (a < b ? a : b));
  const latest = lasts.reduce((a, b) => (a > b ? a : b));
  const truncatedBy = checked
    .map(({ sleeve }, i) => ({ sleeve, firstMonth: firsts[i] ?? "", lastMonth: lasts[i] ?? "" }))
    .filter((s) => (s.firstMonth === start && start > earliest) || (s.lastMonth === end && end < latest));
  return { period: { start, end, months: months.length, truncatedBy }, months, returns };
}

function checkedSeries(data: MonthlySeries | undefined, sleeve: string): MonthlySeries {
  if (!data) throw new Error(`alignSleeves: sleeve "${sleeve}" has a weight but no series`);
  const { months, returns } = data;
  if (months.length === 0 || months.length !== returns.length) {
    throw new Error(`alignSleeves: sleeve "${sleeve}" has ${months.length} months and ${returns.length} returns`);
  }
  months.forEach((month, k) => {
    if (!isYearMonth(month) || (k > 0 && month <= (months[k - 1] ?? ""))) {
      throw new Error(`alignSleeves: sleeve "${sleeve}" month ${k} ("${month}") is not an ascending YYYY-MM`);
    }
    if (!Number.isFinite(returns[k])) {
      throw new Error(`alignSleeves: sleeve "${sleeve}" return for ${month} is not a finite number`);
    }
  });
  return data;
}
