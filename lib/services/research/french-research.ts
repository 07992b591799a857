import type { FactorRegion } from "../../data/french-factors";
import { FACTOR_REGIONS } from "../../data/french-factors";
import { listDatasets, type DatasetMeta } from "../../db/datasets";
import { decileFirms, type DecileFirmsTable } from "../../research/decile-firms";
import { decileStudy, type DecileStudyResult } from "../../research/decile-stats";
import { sizeSpread, type SizeSpread } from "../../research/decile-spread";
import type { MonthRange } from "../../research/months";
import { regionalSmb, smbSeriesOf, type RegionalSmb } from "../../research/regional-smb";
import { riskFreeOf } from "../../research/risk-free";
import { frenchFactorsFile, frenchSizeFile } from "./french-stored";

/** Where a figure came from, for its caption: the dataset as imported (file name and vintage). */
export type ResearchSource = { id: string; name: string; fileName: string | null; vintage: string; source: string; synthetic: boolean };

export type FrenchDeciles = {
  dataset: ResearchSource;
  /** The months the size file covers (monthly value-weighted section): the period inputs' bounds. */
  available: { from: string; to: string } | null;
  study: DecileStudyResult;
  spread: SizeSpread[];
  firms: DecileFirmsTable;
};

export type FrenchResearch = {
  range: MonthRange;
  /** null when the firm has no Portfolios_Formed_on_ME dataset: the page says how to import one. */
  deciles: FrenchDeciles | null;
  /** The US factor file whose RF the Sharpe ratios subtract; null: RF taken as 0. */
  riskFree: ResearchSource | null;
  smb: { dataset: ResearchSource; stats: RegionalSmb }[];
};

const sourceOf = (m: DatasetMeta): ResearchSource => ({ id: m.id, name: m.name, fileName: m.fileName ?? null, vintage: m.vintage, source: m.source, synthetic: m.synthetic });

/**
 * The French research page's figures for a firm: the newest imported Portfolios_Formed_on_ME (deciles, the
 * smallest against the largest, firms and sizes) with the risk-free rate of the newest US factor file, and
 * small-minus-big by region from the newest factor file of each region, all over one period.
 * @throws AppError DATA_CORRUPT when a stored payload does not parse; Error when a bound is not YYYY-MM
 * @example loadFrenchResearch({ firmId, range: { from: "2000-01", to: "2024-12" } }) → { deciles: { study: { ok: true, … } }, smb: [...] }
 */
export async function loadFrenchResearch(options: { firmId: string; range: MonthRange }): Promise<FrenchResearch> {
  const { firmId, range } = options;
  const [sizeSets, factorSets] = await Promise.all([listDatasets(firmId, "french_size"), listDatasets(firmId, "french_factors")]);

  // Newest first (listDatasets' order): the first file of each region is the one shown.
  const byRegion = new Map<FactorRegion, { meta: DatasetMeta; factors: Awaited<ReturnType<typeof frenchFactorsFile>> }>();
  for (const meta of factorSets) {
    const factors = await frenchFactorsFile(firmId, meta);
    if (!byRegion.has(factors.region)) byRegion.set(factors.region, { meta, factors });
  }
  const us = byRegion.get("US") ?? null;
  const riskFree = us ? riskFreeOf(us.factors) : null;

  let deciles: FrenchDeciles | null = null;
  const sizeMeta = sizeSets[0];
  if (sizeMeta) {
    const file = await frenchSizeFile(firmId, sizeMeta);
    const months = file.sections.find((s) => s.kind === "vw" && s.frequency === "monthly")?.periods ?? [];
    deciles = {
      dataset: sourceOf(sizeMeta),
      available: months.length > 0 ? { from: months[0]!, to: months.at(-1)! } : null,
      study: decileStudy(file, { ...range, riskFree }),
      spread: sizeSpread(file, range),
      firms: decileFirms(file, range),
    };
  }

  const ordered = FACTOR_REGIONS.flatMap((region) => {
    const entry = byRegion.get(region);
    const series = entry ? smbSeriesOf(entry.factors) : null;
    return entry && series ? [{ meta: entry.meta, series }] : [];
  });
  const stats = regionalSmb(ordered.map((o) => o.series), range);
  const smb = stats.map((s) => ({ dataset: sourceOf(ordered.find((o) => o.series.region === s.region)!.meta), stats: s }));

  return { range, deciles, riskFree: riskFree && us ? sourceOf(us.meta) : null, smb };
}
