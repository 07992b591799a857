import { PANEL_FLAG, type Panel } from "./panel";
import type { SurvivorshipMode } from "./types";

/** How a security's window ended (domain.md §3). */
export const FATE = { ALIVE: 0, EXITED: 1, STOPPED: 2 } as const;

/** Per-security outcome of one window, indexed like `Panel.ids`. */
export type WindowOutcome = {
  /** Holding-period return; NaN = dropped from its bucket (`exclude` mode, data stopped). */
  returns: Float64Array;
  /** {@link FATE} code. */
  fate: Uint8Array;
};

/**
 * Holding-period return of every security over the window (t, t_next] (domain.md §3):
 * r = Π(1 + rₖ) − 1 over the valid returns in the window, where
 * - a recorded exit (first row with status delisted and a valid return) stops the compounding there and
 *   the proceeds are held as cash (return 0) to the end of the window;
 * - otherwise a valid return on t_next makes the security alive (gaps before it are skipped);
 * - otherwise its data stopped and `mode` decides: total_loss → −1, last_available → what it compounded,
 *   exclude → NaN (dropped from its bucket).
 *
 * @param from panel date index of t; @param to panel date index of t_next.
 * @throws if not 0 <= from < to < dates.length.
 * @example returns 0.1, 0.2 in a two-period window → alive, 1.1 × 1.2 − 1 = 0.32;
 *   returns 0.1, then no row, total_loss → −1; last_available → 0.1; exclude → NaN.
 */
export function holdingOutcomes(panel: Panel, from: number, to: number, mode: SurvivorshipMode): WindowOutcome {
  if (!(Number.isInteger(from) && Number.isInteger(to) && 0 <= from && from < to && to < panel.dates.length)) {
    throw new Error(`holdingOutcomes: need 0 <= from < to < ${panel.dates.length}, got ${from}, ${to}`);
  }
  const n = panel.ids.length;
  const growth = new Float64Array(n).fill(1);
  const fate = new Uint8Array(n).fill(FATE.STOPPED);
  const { returns, flags } = panel;
  // Read once: an imported binding can compile to a property getter, too slow inside the loop.
  const delisted = PANEL_FLAG.DELISTED;
  // Date-major walk: each period's cross-section is contiguous, so this streams through memory once.
  for (let d = from + 1; d <= to; d++) {
    const base = d * n;
    for (let s = 0; s < n; s++) {
      if (fate[s] === FATE.EXITED) continue;
      const r = returns[base + s] ?? NaN;
      if (Number.isNaN(r)) continue;
      growth[s] = (growth[s] ?? 1) * (1 + r);
      if ((flags[base + s] ?? 0) & delisted) fate[s] = FATE.EXITED;
    }
  }
  const out = new Float64Array(n);
  const last = to * n;
  for (let s = 0; s < n; s++) {
    const compounded = (growth[s] ?? 1) - 1;
    if (fate[s] === FATE.EXITED) out[s] = compounded;
    else if (!Number.isNaN(returns[last + s] ?? NaN)) {
      fate[s] = FATE.ALIVE;
      out[s] = compounded;
    } else out[s] = stoppedReturn(mode, compounded);
  }
  return { returns: out, fate };
}

/** The survivorship rule for a security whose data stopped inside the window. */
function stoppedReturn(mode: SurvivorshipMode, compounded: number): number {
  switch (mode) {
    case "total_loss":
      return -1;
    case "last_available":
      return compounded;
    case "exclude":
      return NaN;
  }
}
