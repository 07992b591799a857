import type { ConstituentSnapshot, MonthlySeries, SleeveHistory } from "./types";

/**
 * JSON forms of the market types for the Dataset table (typed arrays become plain arrays). Pure, so the
 * seed, the importers' callers and the loaders share one encoding.
 */
type SeriesJson = { name: string; months: string[]; returns: number[] };
export type SleeveHistoryJson = { source: string; synthetic: boolean; series: Record<string, SeriesJson> };

export function sleeveHistoryToJson(history: SleeveHistory): SleeveHistoryJson {
  const series: Record<string, SeriesJson> = {};
  for (const [id, s] of Object.entries(history.series)) {
    if (s) series[id] = { name: s.name, months: [...s.months], returns: Array.from(s.returns) };
  }
  return { source: history.source, synthetic: history.synthetic, series };
}

export function sleeveHistoryFromJson(json: SleeveHistoryJson): SleeveHistory {
  const series: SleeveHistory["series"] = {};
  for (const [id, s] of Object.entries(json.series)) {
    (series as Record<string, MonthlySeries>)[id] = { name: s.name, months: s.months, returns: Float64Array.from(s.returns) };
  }
  return { source: json.source, synthetic: json.synthetic, series };
}

export function snapshotsToJson(snapshots: readonly ConstituentSnapshot[]): ConstituentSnapshot[] {
  return snapshots.map((s) => ({ ...s, constituents: [...s.constituents] }));
}
