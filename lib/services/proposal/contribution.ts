import { frenchFactorsFromJson, frenchFactorsJson } from "../../data/french-factors-json";
import { cashFromFactors, regionSleevesFromFactors, usSleevesFromSizePortfolios } from "../../market/real-sleeves";
import type { SleeveId } from "../../market/regions";
import { frenchFileFromJson, frenchFileJson, snapshotsFromJson } from "../../market/stored-payloads";
import type { ConstituentSnapshot } from "../../market/types";
import { parseStoredRow } from "../../validation/stored-json";
import { estimatesFromPayload } from "./estimates-payload";
import type { Contribution, DatasetInfo, RealSeries } from "./real-market";

/**
 * What one dataset offers a proposal, from its stored payload: the real sleeve series its file yields
 * (lib/market/real-sleeves.ts), its constituent snapshots, or its estimates. Kinds that fill no proposal slot
 * (panels, size × book-to-market checks, sleeve histories) offer nothing.
 * @throws AppError DATA_CORRUPT when a French size or factor payload does not parse; Error when a file cannot be built
 *   into series (a gap inside a column), which the importer's checks make impossible for stored rows
 */
export function contributionOf(dataset: DatasetInfo, payload: unknown): Contribution {
  switch (dataset.kind) {
    case "french_size": {
      const built = usSleevesFromSizePortfolios(frenchFileFromJson(parseStoredRow(frenchFileJson, payload, { table: "Dataset", id: dataset.id })));
      return { kind: "returns", series: realSeries(built.sleeves, { method: "size_portfolios" }) };
    }
    case "french_factors": {
      const factors = frenchFactorsFromJson(parseStoredRow(frenchFactorsJson, payload, { table: "Dataset", id: dataset.id }));
      const regional = regionSleevesFromFactors(factors);
      const series = realSeries(regional.sleeves, { method: "factor_decomposition", smallCapShare: regional.provenance.smallCapShare });
      // Only the US file's RF is a cash rate for the app's clients: every French file is in US dollars, but
      // the regional files' RF is the same US T-bill, and cash is one sleeve (the activation slot says which file fills it).
      series.CASH = { series: cashFromFactors(factors).series, method: "risk_free" };
      return { kind: "returns", series };
    }
    case "snapshots":
      return { kind: "snapshots", snapshots: snapshotsFromJson(payload as ConstituentSnapshot | ConstituentSnapshot[]) };
    case "estimates":
      return { kind: "estimates", estimates: estimatesFromPayload(dataset, payload) };
    default:
      return { kind: "none" };
  }
}

function realSeries(
  sleeves: Partial<Record<SleeveId, RealSeries["series"]>>,
  how: Omit<RealSeries, "series">,
): Partial<Record<SleeveId, RealSeries>> {
  const out: Partial<Record<SleeveId, RealSeries>> = {};
  for (const [sleeve, series] of Object.entries(sleeves) as [SleeveId, RealSeries["series"] | undefined][]) {
    if (series) out[sleeve] = { series, ...how };
  }
  return out;
}
