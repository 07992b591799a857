import type { PanelRow } from "@/lib/backtest/types";

/** A panel row in one line: id, date, market cap, return (null = no data), optional extras. */
export function row(
  id: string,
  date: string,
  marketCap: number,
  ret: number | null,
  extra: Partial<PanelRow> = {},
): PanelRow {
  return { id, date, marketCap, return: ret, ...extra };
}

/** Deterministic Fisher–Yates shuffle (mulberry32), so a failing order can be replayed. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * The hand-computed panel used across the size back-test tests (semi-annual rows, rebalanced at the
 * May ends 2019, 2020 and 2021):
 *
 * | id | 2019-05 cap | window 1 (2019-11, 2020-05)        | 2020-05 cap | window 2 (2020-11, 2021-05) |
 * |----|-------------|------------------------------------|-------------|-----------------------------|
 * | A  | 400         | +10%, 0% → alive 0.10              | 440         | +5%, 0% → 0.05              |
 * | B  | 100         | +20%, +25% → alive 0.50            | 150         | −10%, 0% → −0.10            |
 * | C  | 100 (tie B) | −50%, then no row → data stopped   | —           | —                           |
 * | D  | 25          | +20% with status delisted → exit   | —           | —                           |
 * | E  | — (IPO 2019-11, cap 50) | not in window 1        | 60          | +10%, +10% → 0.21           |
 * | F  | 200 preferred | 0%, 0%                           | 200         | 0%, 0%                      |
 */
export function studyRows(): PanelRow[] {
  return [
    row("A", "2019-05-31", 400, null),
    row("A", "2019-11-29", 440, 0.1),
    row("A", "2020-05-29", 440, 0),
    row("A", "2020-11-30", 462, 0.05),
    row("A", "2021-05-31", 462, 0),
    row("B", "2019-05-31", 100, null),
    row("B", "2019-11-29", 120, 0.2),
    row("B", "2020-05-29", 150, 0.25),
    row("B", "2020-11-30", 135, -0.1),
    row("B", "2021-05-31", 135, 0),
    row("C", "2019-05-31", 100, null),
    row("C", "2019-11-29", 50, -0.5),
    row("D", "2019-05-31", 25, null),
    row("D", "2019-11-29", 30, 0.2, { status: "delisted" }),
    row("E", "2019-11-29", 50, null),
    row("E", "2020-05-29", 60, 0.2),
    row("E", "2020-11-30", 66, 0.1),
    row("E", "2021-05-31", 72.6, 0.1),
    ...["2019-05-31", "2019-11-29", "2020-05-29", "2020-11-30", "2021-05-31"].map((date, k) =>
      row("F", date, 200, k === 0 ? null : 0, { isPreferred: true }),
    ),
  ];
}
