import type { Locale } from "@/lib/i18n/config";
import { RISK_LEVELS } from "@/lib/domain/client";
import { formatPercent } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import { REGIONS, SIZES, sleeveId, type EquitySleeveId, type Region, type Size, type SleeveId } from "@/lib/market/regions";
import type { ProposalView } from "@/lib/services/proposal/view-model";

type Line = ProposalView["allocation"]["lines"][number];

/** "Japan · Small · Active", "Bonds": the name of an allocation line in the UI language. */
export function lineLabel(line: Line, t: Translate): string {
  if (line.sleeve === "BONDS") return t("proposal.bonds");
  if (line.sleeve === "CASH") return t("proposal.cash");
  const parts = [line.region ? t(`region.${line.region}`) : "", line.size ? t(`proposal.size.${line.size}`) : ""];
  if (line.style) parts.push(t(`proposal.style.${line.style}`));
  return parts.filter(Boolean).join(" · ");
}

/** A sleeve as a noun in running text, from the catalog's region and size names: "Japan small caps", "일본 소형주", "bonds". */
export function sleeveName(sleeve: SleeveId, t: Translate): string {
  if (sleeve === "BONDS" || sleeve === "CASH") return t(`sleeve.${sleeve}`);
  const { region, size } = partsOf(sleeve);
  return t("sleeve.equity", { region: t(`region.${region}`), size: t(`sleeve.size.${size}`) });
}

function partsOf(sleeve: EquitySleeveId): { region: Region; size: Size } {
  for (const region of REGIONS) for (const size of SIZES) if (sleeveId(region, size) === sleeve) return { region, size };
  throw new Error(`sleeveName: unknown sleeve ${sleeve}`);
}

/** "2 · Moderately conservative": a risk tolerance by its catalog name (the bare number if out of range). */
export function riskLabel(level: number, t: Translate): string {
  const known = RISK_LEVELS.find((r) => r === level);
  return known === undefined ? String(level) : t(`risk.${known}`);
}

/** What the back-test compares the proposal with: the client's current allocation, or the global 60/40. */
export function benchmarkName(current: ProposalView["backtest"]["benchmark"]["current"], t: Translate, locale: Locale): string {
  if (!current) return t("proposal.benchmarkName");
  const pct = (v: number) => formatPercent(locale, v, 1);
  return t("proposal.benchmarkCurrent", { us: pct(current.usEquity), intl: pct(current.intlEquity), bonds: pct(current.bonds), cash: pct(current.cash) });
}
