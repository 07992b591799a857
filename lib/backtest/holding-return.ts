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
  const n = panel.ids.length;
  const everyId = new Int32Array(n);
  for (let s = 0; s < n; s++) everyId[s] = s;
  const out = { returns: new Float64Array(n), fate: new Uint8Array(n) };
  outcomesOf(panel, everyId, from, to, mode, out.returns, out.fate, new Int32Array(n));
  return out;
}

/**
 * {@link holdingOutcomes} of the securities `ids` only, the outcome of `ids[k]` written at position k
 * of `returns` and `fate` (the back-test passes its ranked universe: the ids not eligible at t need no
 * outcome). Securities are visited in id order whatever the order of `ids`, each over its dates in
 * turn: in a date-major panel neighbouring ids share cache lines, so the window's cells are read about
 * once. The caller owns every array, so the back-test reuses the same ones in every window.
 *
 * @param returns receives each return and @param fate each {@link FATE}: both at least `ids.length` long.
 * @param position scratch of `panel.ids.length` entries.
 * @throws if not 0 <= from < to < dates.length.
 */
export function outcomesOf(
  panel: Panel,
  ids: Int32Array,
  from: number,
  to: number,
  mode: SurvivorshipMode,
  returns: Float64Array,
  fate: Uint8Array,
  position: Int32Array,
): void {
  if (!(Number.isInteger(from) && Number.isInteger(to) && 0 <= from && from < to && to < panel.dates.length)) {
    throw new Error(`holdingOutcomes: need 0 <= from < to < ${panel.dates.length}, got ${from}, ${to}`);
  }
  positionsOf(ids, position);
  compound(panel.returns, panel.flags, panel.ids.length, position, from, to, mode, returns, fate);
}

/** position[s] = k where ids[k] = s, −1 for the securities not in `ids`. */
function positionsOf(ids: Int32Array, position: Int32Array): void {
  position.fill(-1);
  for (let k = 0; k < ids.length; k++) position[ids[k]!] = k;
}

/**
 * The loop of {@link outcomesOf} over a panel's `returns` and `flags` columns (`n` ids wide), in a
 * function of its own that takes arrays so V8 compiles it while it runs without the set-up around it
 * (see `stepSeries`).
 */
function compound(
  returns: Float64Array,
  flags: Uint8Array,
  n: number,
  position: Int32Array,
  from: number,
  to: number,
  mode: SurvivorshipMode,
  out: Float64Array,
  fate: Uint8Array,
): void {
  // Read once: an imported binding can compile to a property getter, too slow inside the loop.
  const delisted = PANEL_FLAG.DELISTED;
  const first = (from + 1) * n;
  const last = to * n;
  // Hot loop: every index below is in range by construction, so `!` instead of `?? 0`.
  for (let s = 0; s < n; s++) {
    const k = position[s]!;
    if (k < 0) continue;
    let growth = 1;
    let exited = false;
    for (let cell = first + s; cell <= last + s; cell += n) {
      const r = returns[cell]!;
      if (Number.isNaN(r)) continue;
      growth *= 1 + r;
      if (flags[cell]! & delisted) {
        exited = true;
        break;
      }
    }
    const compounded = growth - 1;
    if (exited) {
      fate[k] = FATE.EXITED;
      out[k] = compounded;
    } else if (!Number.isNaN(returns[last + s]!)) {
      fate[k] = FATE.ALIVE;
      out[k] = compounded;
    } else {
      fate[k] = FATE.STOPPED;
      out[k] = stoppedReturn(mode, compounded);
    }
  }
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
