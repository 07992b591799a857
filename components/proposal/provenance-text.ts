import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatList, formatPercentUpTo } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import { REGIONS } from "@/lib/market/regions";
import { parseSlotKey, type SnapshotArea, type SnapshotSegment } from "@/lib/market/slots";
import type { InformationGapMetrics } from "@/lib/metrics/types";
import type { DatasetStamp, SleeveProvenance, SleeveSource } from "@/lib/services/proposal/provenance";
import type { ProposalView } from "@/lib/services/proposal/view-model";
import { sleeveName } from "./labels";

/**
 * Words for where a proposal's figures come from (lib/services/proposal/provenance.ts), shared by the
 * proposal page and the PDF report. Dataset names and sources are stored data, shown as entered.
 */

/** A line's source cell: "Kenneth R. French Data Library, Europe 3 Factors 202510, vintage 202510 Bloomberg" / "illustrative" / "synthetic demo". */
export function sleeveSourceText(p: SleeveProvenance | undefined, t: Translate): string {
  if (!p) return "—";
  if (p.kind === "real") return t("provenance.real", { source: p.source, name: p.datasetName, vintage: p.vintage });
  return t(`provenance.${p.kind}`);
}

/** How a real series was built, one sentence per method. */
export function methodText(sleeve: SleeveSource["sleeve"], p: Extract<SleeveProvenance, { kind: "real" }>, t: Translate, locale: Locale): string {
  switch (p.method) {
    case "size_portfolios":
      return t("provenance.method.size_portfolios", { name: p.datasetName });
    case "factor_decomposition":
      return t("provenance.method.factor_decomposition", { region: regionOf(sleeve, t), share: formatPercentUpTo(locale, p.smallCapShare ?? 0.1, 1), name: p.datasetName });
    case "risk_free":
      return t("provenance.method.risk_free", { name: p.datasetName });
  }
}

/** The region of an equity sleeve, named from the catalog ("Europe"); bonds and cash have none. */
function regionOf(sleeve: SleeveSource["sleeve"], t: Translate): string {
  const region = REGIONS.find((r) => sleeve.startsWith(`${r}_`));
  return region ? t(`region.${region}`) : sleeveName(sleeve, t);
}

function areaName(area: SnapshotArea, t: Translate): string {
  return area === "DEVELOPED" ? t("provenance.area.DEVELOPED") : t(`region.${area}`);
}

/** "US micro caps", "Korea KOSDAQ small caps", "Developed markets large caps". */
export function segmentName(segment: SnapshotSegment, t: Translate): string {
  const tier = t(`provenance.tier.${segment.tier}`);
  const area = areaName(segment.area, t);
  // Market codes (KOSPI, KOSDAQ) are proper names, the same in every language.
  return segment.market ? t("provenance.segmentMarket", { area, market: segment.market, tier }) : t("provenance.segment", { area, tier });
}

/** What an activation slot stands for: a sleeve's returns, a segment's snapshot, an area's estimates. */
export function slotLabel(key: string, t: Translate): string {
  const slot = parseSlotKey(key);
  if (!slot) return key;
  if (slot.kind === "returns") return sleeveName(slot.sleeve, t);
  if (slot.kind === "snapshot") return segmentName(slot.segment, t);
  return t("provenance.slot.estimates", { area: areaName(slot.area, t) });
}

/** A snapshot named by its fund or index and date: "iShares Russell 2000 ETF (IWM), as of 5 May 2026". */
export function snapshotName(m: InformationGapMetrics, segment: SnapshotSegment, t: Translate, locale: Locale): string {
  const date = m.source.asOf ? formatDate(locale, m.source.asOf) : t("proposal.undated");
  // A synthetic snapshot is the app's own demo data: named from its segment, not its stored English label.
  if (m.source.synthetic) return t("provenance.syntheticSnapshot", { segment: segmentName(segment, t), date });
  return t("provenance.snapshotAsOf", { label: m.source.label, date });
}

const MULTI_COUNTRY: ReadonlySet<SnapshotArea> = new Set(["EUROPE", "APAC_EX_JAPAN", "EM", "DEVELOPED"]);

/**
 * A fund of one country standing for a region (EWGS, German small caps, for European small caps): the
 * country as its holdings name it, when it carries 95% or more of the weight of a multi-country segment.
 */
export function exampleCountry(segment: SnapshotSegment, m: InformationGapMetrics): string | null {
  if (!MULTI_COUNTRY.has(segment.area) || m.source.synthetic || m.byCountry.status !== "ok") return null;
  const top = [...m.byCountry.value].sort((a, b) => b.weight - a.weight)[0];
  const total = m.byCountry.value.reduce((s, e) => s + e.weight, 0);
  return top?.key && total > 0 && top.weight / total >= 0.95 ? top.key : null;
}

export function exampleText(segment: SnapshotSegment, country: string, t: Translate): string {
  return t("provenance.example", { country, area: areaName(segment.area, t) });
}

/** "Europe_3_Factors 202510: French factor file; Kenneth R. French Data Library; vintage 202510 Bloomberg; fills Europe small caps, Europe large caps". */
export function datasetLine(d: DatasetStamp, t: Translate, locale: Locale): string {
  const parts = [d.kind ? t(`provenance.kind.${d.kind}`) : null, d.source ?? null, t("provenance.vintage", { vintage: d.vintage })];
  if (d.asOf) parts.push(t("provenance.asOf", { date: formatDate(locale, d.asOf) }));
  parts.push(d.slots ? t("provenance.fills", { slots: formatList(locale, d.slots.map((s) => slotLabel(s, t))) }) : t("provenance.demoFallback"));
  if (d.synthetic) parts.push(t("common.synthetic"));
  return t("provenance.datasetLine", { name: d.name, details: parts.filter((p): p is string => p !== null).join("; ") });
}

/** The notes under the data sources: each real method once, the US-dollar note, and the back-test period's start. */
export function provenanceNotes(view: ProposalView, t: Translate, locale: Locale): string[] {
  const sources = view.backtest.sleeveSources ?? [];
  const notes: string[] = [];
  const seen = new Set<string>();
  for (const s of sources) {
    if (s.provenance.kind !== "real") continue;
    const text = methodText(s.sleeve, s.provenance, t, locale);
    if (!seen.has(text)) notes.push(text);
    seen.add(text);
  }
  if (sources.some((s) => s.provenance.kind === "real" && s.provenance.method === "factor_decomposition")) notes.push(t("provenance.usd"));
  const { commonPeriod } = view.backtest;
  if (view.backtest.latestRealStart) {
    notes.push(t("provenance.period", { start: commonPeriod.start, end: commonPeriod.end, realStart: view.backtest.latestRealStart }));
  }
  return notes;
}

/** Whether anything in the proposal comes from real data (then the banner says "partly real"). */
export function hasRealData(view: ProposalView): boolean {
  return view.allocation.lines.some((l) => l.provenance?.kind === "real") || (view.evidence.segments ?? []).some((s) => s.provenance.kind === "real");
}
