import type { Locale } from "@/lib/i18n/config";
import { formatMaybePercent, formatNumber } from "@/lib/i18n/format";
import type { MessageKey } from "@/lib/i18n/messages/en";
import type { Translate } from "@/lib/i18n/translate";
import { REGIONS, SIZES, sleeveId, type SleeveId } from "@/lib/market/regions";
import type { NumberFormat } from "@/lib/scenarios/diff-cells";
import type { EvidenceKey, MethodologyKey, StatKey } from "@/lib/scenarios/diff";
import type { ScenarioEventRecord } from "@/lib/db/scenario-events";

/** Names and formats for the scenario pages: every word from the catalogs, every figure through lib/i18n/format. */

export const STAT_LABEL: Record<StatKey, MessageKey> = {
  equityShare: "proposal.equityShare",
  smallCapShareOfEquities: "proposal.smallCapOfEquities",
  activeShareOfEquities: "proposal.activeOfEquities",
  expectedFeeBps: "proposal.expectedFee",
  cagr: "proposal.stat.cagr",
  volatility: "proposal.stat.volatility",
  sharpe: "proposal.stat.sharpe",
  sortino: "proposal.stat.sortino",
  maxDrawdown: "proposal.stat.maxDrawdown",
  benchmarkCagr: "scenarios.stat.benchmarkCagr",
  excessReturn: "proposal.stat.excessReturn",
  trackingError: "proposal.stat.trackingError",
};

export const METHOD_LABEL: Record<MethodologyKey, MessageKey> = {
  engineVersion: "scenarios.method.engineVersion",
  parametersVersion: "scenarios.method.parametersVersion",
  rebalance: "proposal.rebalance",
  benchmark: "scenarios.method.benchmark",
  period: "scenarios.method.period",
};

/** A methodology cell's text: codes named from the catalog, versions as stamped. */
export function methodValue(key: MethodologyKey, value: string, t: Translate): string {
  switch (key) {
    case "rebalance":
      return t(`proposal.rebalance.${value as "annual"}`);
    case "benchmark":
      return t(`scenarios.benchmark.${value as "global_60_40"}`);
    case "period": {
      const [start, end] = value.split("/");
      return t("scenarios.period", { start: start ?? "", end: end ?? "" });
    }
    default:
      return value;
  }
}

/** "Japan · Small", "Bonds". */
export function sleeveLabel(sleeve: SleeveId, t: Translate): string {
  if (sleeve === "BONDS") return t("proposal.bonds");
  if (sleeve === "CASH") return t("proposal.cash");
  for (const region of REGIONS) for (const size of SIZES) if (sleeveId(region, size) === sleeve) return `${t(`region.${region}`)} · ${t(`proposal.size.${size}`)}`;
  return sleeve;
}

export function evidenceLabel(key: EvidenceKey, t: Translate): string {
  return t("scenarios.evidenceRow", { region: t(`region.${key.region}`), size: t(`proposal.size.${key.size}`), metric: t(`proposal.metric.${key.metric}`) });
}

/** A compared figure as shown: percentages and counts to one decimal, ratios to two, fees to 0.1 bp. */
export function formatFigure(locale: Locale, format: NumberFormat, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return "—";
  switch (format) {
    case "percent":
      return formatMaybePercent(locale, value, 1);
    case "ratio":
      return formatNumber(locale, value, 2);
    case "bps":
    case "count":
      return formatNumber(locale, value, 1);
  }
}

/** A difference from the base column, signed; percentages in percentage points ("+0.3 pp", "+0.3%p"). */
export function formatDelta(locale: Locale, t: Translate, format: NumberFormat, delta: number): string {
  const sign = delta > 0 ? "+" : "";
  if (format === "percent") return t("scenarios.deltaPoints", { value: `${sign}${formatNumber(locale, delta * 100, 1)}` });
  return `${sign}${format === "ratio" ? formatNumber(locale, delta, 2) : formatNumber(locale, delta, 1)}`;
}

/** One line of the audit trail: who did what to which version, and when. */
export function eventText(event: ScenarioEventRecord, t: Translate): string {
  const version = event.version ?? "—";
  const base = { user: event.userName, version };
  if (event.kind !== "status_changed") return t(`scenarios.event.${event.kind}`, base);
  const status = (s: typeof event.fromStatus) => (s ? t(`scenarios.status.${s}`) : "—");
  return t("scenarios.event.status_changed", { ...base, from: status(event.fromStatus), to: status(event.toStatus) });
}
