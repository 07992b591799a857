/**
 * Axis ticks at round values (1, 2 or 5 × a power of ten apart) spanning [min, max], about `count` of them:
 * the first tick is at or below min and the last at or above max.
 *
 * @throws RangeError when min or max is not finite, min > max, or count < 1.
 * @example niceTicks(0.8, 3.3, 5) → [0.5, 1, 1.5, 2, 2.5, 3, 3.5]; niceTicks(2, 2, 5) → [2]
 */
export function niceTicks(min: number, max: number, count: number): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max || count < 1) {
    throw new RangeError(`niceTicks: need finite min <= max and count >= 1, got ${min}, ${max}, ${count}`);
  }
  if (min === max) return [min];
  const rough = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const first = Math.floor(min / step + 1e-9);
  const last = Math.ceil(max / step - 1e-9);
  // Multiplying the index (not adding steps) keeps 0.1 + 0.2 style drift out of the labels.
  return Array.from({ length: last - first + 1 }, (_, i) => Number(((first + i) * step).toPrecision(12)));
}

/**
 * Where each year starts on a monthly chart: point k is the start of months[k], so a year is ticked at the k
 * whose month is January (a series that starts mid-year has no tick before its first January). Only years
 * divisible by a step are kept, the smallest step that shows at most `maxTicks`, so labels stay round.
 *
 * @example yearTicks(["2020-11", "2020-12", "2021-01", "2021-02"]) → [{ index: 2, label: "2021" }]
 */
export function yearTicks(months: readonly string[], maxTicks = 8): { index: number; label: string }[] {
  const januaries = months.flatMap((m, index) => (m.endsWith("-01") ? [{ index, label: m.slice(0, 4) }] : []));
  const every = Math.max(1, Math.ceil(januaries.length / maxTicks));
  return januaries.filter((tick) => Number(tick.label) % every === 0);
}
