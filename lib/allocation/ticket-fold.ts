import { isBelowTicket, isDefensive, lineRef } from "./min-ticket";
import type { MinTicket, MinTicketReason, TicketNearest } from "./reasons";
import type { AllocationLine } from "./types";

type Candidate = { index: number; nearest: TicketNearest; key: readonly number[] };

const TIER: Record<TicketNearest, number> = { same_sleeve: 0, same_size: 1, same_region: 2, same_asset_class: 3 };

/**
 * The lines a small line may be folded into, nearest first. Folds stay inside the asset class (equities;
 * bonds and cash), so the equity share set by risk tolerance and horizon never moves to save a ticket:
 *   1. same sleeve, the other style (Japan small passive → Japan small active);
 *   2. the same size in another region (→ Europe small): the small-cap share is the advisor's explicit
 *      choice (an override, or the client's maximum), so a fold must not move it;
 *   3. same region, the other size (→ Japan large);
 *   4. the rest of the asset class (bonds and cash).
 * Within a tier: the same style first (keeps the active share), then the largest line (which the fold changes
 * least), then line order.
 */
export function nearestLines(lines: readonly AllocationLine[], from: number): Candidate[] {
  const line = lines[from]!;
  const candidates: Candidate[] = [];
  lines.forEach((other, index) => {
    if (index === from || isDefensive(other) !== isDefensive(line)) return;
    const sameRegion = other.region === line.region;
    const sameSize = other.size === line.size;
    const equity = !isDefensive(line);
    const nearest: TicketNearest =
      equity && sameRegion && sameSize ? "same_sleeve" : equity && sameSize ? "same_size" : equity && sameRegion ? "same_region" : "same_asset_class";
    const key = [TIER[nearest], other.style === line.style ? 0 : 1, -other.weight, index];
    candidates.push({ index, nearest, key });
  });
  return candidates.sort((a, b) => compareKeys(a.key, b.key));
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

function smallCapShare(lines: readonly AllocationLine[]): number {
  const equity = lines.reduce((s, l) => s + (l.size === null ? 0 : l.weight), 0);
  const small = lines.reduce((s, l) => s + (l.size === "small" ? l.weight : 0), 0);
  return equity > 0 ? small / equity : 0;
}

/** The client's maximum small-cap share holds after the fold, or the fold does not raise the share. */
function keepsMaxSmallCap(before: readonly AllocationLine[], after: readonly AllocationLine[], max: number | null): boolean {
  if (max === null) return true;
  const share = smallCapShare(after);
  return share <= max + 1e-12 || share <= smallCapShare(before) + 1e-12;
}

function fold(lines: readonly AllocationLine[], from: number, to: Candidate, ticket: MinTicket): { lines: AllocationLine[]; reason: MinTicketReason } {
  const source = lines[from]!;
  const target = lines[to.index]!;
  const reason: MinTicketReason = {
    rule: "min_ticket",
    action: "folded",
    line: lineRef(source),
    weight: source.weight,
    amount: source.weight * ticket.investableAssets,
    into: lineRef(target),
    nearest: to.nearest,
    ticket,
  };
  // The receiving line keeps the folds its new weight came through, so a chain (A → B → C) stays traceable.
  const carried = source.reasons.filter((r) => r.rule === "min_ticket");
  const merged = { ...target, weight: target.weight + source.weight, reasons: [...target.reasons, ...carried, reason] };
  return { lines: lines.flatMap((l, i) => (i === from ? [] : i === to.index ? [merged] : [l])), reason };
}

/**
 * Fold every line below the minimum ticket into its nearest line (see `nearestLines`), the smallest line
 * first (ties: first in line order), until no line below the ticket can be folded. A fold that would raise
 * the small-cap share above the client's maximum is skipped for the next candidate. Weights still sum to
 * the same total. A line can stay below the ticket only as the last line of its asset class, or when every
 * candidate breaks the maximum (`markBelowTicket` says which). The fee maximum is applied afterwards.
 *
 * @example ticket 0.005, Japan small active 0.0084 and passive 0.0009: the passive line goes to the active
 *   one (same sleeve), which becomes 0.0094 and carries the reason.
 */
export function foldBelowTicket(
  lines: readonly AllocationLine[],
  ticket: MinTicket,
  maxSmallCapShare: number | null,
): { lines: AllocationLine[]; reasons: MinTicketReason[] } {
  let current = [...lines];
  const reasons: MinTicketReason[] = [];
  for (;;) {
    const step = nextFold(current, ticket, maxSmallCapShare);
    if (step === null) return { lines: current, reasons };
    current = step.lines;
    reasons.push(step.reason);
  }
}

function nextFold(lines: readonly AllocationLine[], ticket: MinTicket, maxSmallCapShare: number | null) {
  const small = lines
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => isBelowTicket(line.weight, ticket))
    .sort((a, b) => a.line.weight - b.line.weight || a.index - b.index);
  for (const { index } of small) {
    for (const candidate of nearestLines(lines, index)) {
      const step = fold(lines, index, candidate, ticket);
      if (keepsMaxSmallCap(lines, step.lines, maxSmallCapShare)) return step;
    }
  }
  return null;
}
