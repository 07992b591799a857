import type { ProposalView } from "@/lib/services/proposal/view-model";
import { apportion } from "./apportion";

type Line = ProposalView["allocation"]["lines"][number];

/** A line with its weight and amount as the exports print them: rounded so that each column adds up exactly. */
export type RoundedLine = { line: Line; weight: number; amount: number };

/** The proposal's lines largest first, as the proposal page's table lists them (a stable sort keeps ties in model order). */
export function sortedLines(lines: readonly Line[]): Line[] {
  return [...lines].sort((a, b) => b.weight - a.weight);
}

/**
 * The lines largest first, weights rounded to `percentDigits` decimals of a percent and amounts to the
 * currency's minor unit, each column apportioned (apportion.ts) so the weights add up to exactly 100% and the
 * amounts to the rounded sum of the stored amounts: a reader who adds up the column gets the total printed.
 *
 * @example weights [0.5, 0.25, 0.25] − 1e-9 each, percentDigits 2 → 0.5, 0.25, 0.25 (not 0.4999…)
 */
export function roundedLines(view: ProposalView, percentDigits: number): RoundedLine[] {
  const lines = sortedLines(view.allocation.lines);
  const weightUnits = 100 * 10 ** percentDigits;
  const weights = apportion(lines.map((l) => l.weight), weightUnits);
  const scale = 10 ** minorUnitDigits(view.client.currency);
  const total = Math.round(lines.reduce((sum, l) => sum + l.amount, 0) * scale);
  const amounts = apportion(lines.map((l) => l.amount), total);
  return lines.map((line, i) => ({ line, weight: weights[i]! / weightUnits, amount: amounts[i]! / scale }));
}

/** Digits of the currency's minor unit (ISO 4217, as Intl knows it): KRW and JPY 0, USD and EUR 2. */
export function minorUnitDigits(currency: string): number {
  return new Intl.NumberFormat("en-US", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
}
