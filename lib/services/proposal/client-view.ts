import type { ProposalView } from "./view-model";

/**
 * Digits kept for the browser: six significant ones below 1 (fractions, shown as percentages to two decimals),
 * six decimals from 1 up (wealth indices; money amounts keep every unit and more).
 */
const DIGITS = 6;

const compacted = new WeakMap<object, unknown>();

/** Rounds a finite non-integer as DIGITS says; other values are returned as they are. */
function round(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return value;
  return Number(Math.abs(value) < 1 ? value.toPrecision(DIGITS) : value.toFixed(DIGITS));
}

function compact(value: unknown): unknown {
  if (typeof value === "number") return round(value);
  if (Array.isArray(value)) return value.map(compact);
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = compact(v);
    return out;
  }
  return value;
}

/**
 * The proposal as the browser receives it: every fraction rounded (see DIGITS). Sums such as
 * 0.9999999999999993 were most of the characters of the page's data (sent once in the flight payload, and with
 * every re-run), and no figure shown needs more than four digits. Only what is sent is rounded: the saved
 * version, the exports and the PDF use the exact view, computed again on the server. Kept per view object, so a
 * cached proposal (one object, lib/services/proposal/proposal-cache.ts) is compacted once.
 */
export function clientView<T extends ProposalView>(view: T): T {
  const hit = compacted.get(view);
  if (hit) return hit as T;
  const out = compact(view) as T;
  compacted.set(view, out);
  return out;
}
