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
  outcomesOf(panel, everyId, from, to, mode, out.returns, out.fate);
  return out;
}

/**
 * {@link holdingOutcomes} of the securities `ids` only, the outcome of `ids[k]` written at position k
 * of `returns` and `fate` (each at least `ids.length` long).
 *
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
): void {
  const growth = new Float64Array(panel.ids.length);
  const exited = new Uint8Array(panel.ids.length);
  compoundWindow(panel, ids, ids.length, from, to, growth, exited);
  const stopped = stoppedRule(mode);
  const last = to * panel.ids.length;
  for (let k = 0; k < ids.length; k++) {
    const s = ids[k] ?? 0;
    const compounded = (growth[s] ?? 1) - 1;
    if (exited[s] === 1) {
      fate[k] = FATE.EXITED;
      returns[k] = compounded;
    } else if (!Number.isNaN(panel.returns[last + s])) {
      fate[k] = FATE.ALIVE;
      returns[k] = compounded;
    } else {
      fate[k] = FATE.STOPPED;
      returns[k] = stopped.keepsCompounded ? compounded : stopped.value;
    }
  }
}

/**
 * The survivorship rule for a security whose data stopped inside the window, as numbers a loop can read:
 * total_loss → −1, last_available → what it compounded, exclude → NaN (dropped from its bucket).
 */
export function stoppedRule(mode: SurvivorshipMode): { keepsCompounded: boolean; value: number } {
  switch (mode) {
    case "total_loss":
      return { keepsCompounded: false, value: -1 };
    case "last_available":
      return { keepsCompounded: true, value: NaN };
    case "exclude":
      return { keepsCompounded: false, value: NaN };
  }
}

/**
 * For the first `count` securities s of `ids`: growth[s] = Π(1 + rₖ) over the valid returns of s in the
 * window (from, to], stopped after its recorded exit (the first row with status delisted and a valid
 * return), when exited[s] = 1, else 0. Both arrays are indexed like `Panel.ids`. With ids ascending,
 * neighbouring ids share the cache lines of each date's row of a date-major panel, so the window's cells
 * are read about once.
 *
 * @throws if not 0 <= from < to < dates.length.
 */
export function compoundWindow(
  panel: Panel,
  ids: Int32Array,
  count: number,
  from: number,
  to: number,
  growth: Float64Array,
  exited: Uint8Array,
): void {
  if (!(Number.isInteger(from) && Number.isInteger(to) && 0 <= from && from < to && to < panel.dates.length)) {
    throw new Error(`holdingOutcomes: need 0 <= from < to < ${panel.dates.length}, got ${from}, ${to}`);
  }
  const n = panel.ids.length;
  compound(panel.returns, panel.flags, PANEL_FLAG.DELISTED, n, ids, count, (from + 1) * n, to * n, growth, exited);
}

/**
 * The loops of {@link compoundWindow} over a panel's `returns` and `flags` columns (`n` ids wide), cells
 * first + s … last + s of security s. A function of its own that takes arrays and numbers, so V8 compiles
 * the loops while they run without the set-up around them.
 */
function compound(
  returns: Float64Array,
  flags: Uint8Array,
  delisted: number,
  n: number,
  ids: Int32Array,
  count: number,
  first: number,
  last: number,
  growth: Float64Array,
  exited: Uint8Array,
): void {
  // Hot loop: every index below is in range by construction, so `!` instead of `?? 0`.
  for (let j = 0; j < count; j++) {
    const s = ids[j]!;
    let product = 1;
    let exit = 0;
    for (let cell = first + s; cell <= last + s; cell += n) {
      const r = returns[cell]!;
      // r !== r: NaN, without the call to Number.isNaN that the interpreter makes before V8 compiles the loop.
      if (r !== r) continue;
      product *= 1 + r;
      if (flags[cell]! & delisted) {
        exit = 1;
        break;
      }
    }
    growth[s] = product;
    exited[s] = exit;
  }
}
