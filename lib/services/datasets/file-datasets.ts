import { parseFrenchFactors, type FrenchFactors } from "../../data/french-factors";
import { frenchFactorsToJson } from "../../data/french-factors-json";
import { parseFrenchFile, type FrenchFile } from "../../data/french-size";
import { importIsharesHoldings } from "../../data/ishares-holdings";
import { parseEpsEstimates } from "../../data/eps-estimates";
import { parseKrxConstituents } from "../../data/krx-constituents";
import { dateInName } from "../../data/krx-index-codes";
import { krxSnapshot, splitKrxTiers } from "../../data/krx-snapshot";
import { ErrorCollector, type ImportResult } from "../../data/import-result";
import type { DatasetKind } from "../../market/dataset-kinds";
import { slotsFor } from "../../market/dataset-slots";
import { isharesFundOf } from "../../market/ishares-funds";
import type { Region, Size } from "../../market/regions";
import type { SnapshotSegment } from "../../market/slots";
import { frenchFileToJson } from "../../market/stored-payloads";
import type { ConstituentSnapshot } from "../../market/types";

/**
 * What an uploaded file becomes, before it is stored: the Dataset row's fields (kind, name, source, vintage,
 * as-of, rows, the slots it can fill) and its JSON payload. One builder per kind of text file; each refuses
 * the whole file on any error (the importers' `ImportResult`).
 */
export type DatasetDraft = {
  kind: DatasetKind;
  name: string;
  source: string;
  /** "2026-05-05", "202510 Bloomberg", or "unknown"/"undated" when the file says nothing. */
  vintage: string;
  asOf: string | null;
  rowCount: number;
  slots: string[];
  payload: unknown;
};

/** What the uploader may say that a file does not (the admin form's fields, the CLI's flags). */
export type ImportFileOptions = {
  asOf?: string;
  market?: "KOSPI" | "KOSDAQ";
  tier?: "large" | "mid" | "small" | "all";
  label?: string;
  region?: Region;
  size?: Size;
  /** Read a date from the file name when the file has none (the CLI's --dir mode: KRX lists). */
  dateFromFileName?: boolean;
};

export const FRENCH_LIBRARY = "Kenneth R. French Data Library";

const baseName = (fileName: string) => fileName.split(/[\\/]/).pop() ?? fileName;
/** "Europe_3_Factors_202510.csv" → "Europe 3 Factors 202510": a French file is named as it was published. */
const titleOf = (fileName: string) => baseName(fileName).replace(/\.[A-Za-z]+$/, "").replace(/[_]+/g, " ").trim();

/** The region an iShares export's snapshot is grouped under when its segment has no sleeve of its own. */
const displayRegion = (segment: SnapshotSegment): Region => (segment.area === "DEVELOPED" ? "US" : segment.area);
const displaySize = (segment: SnapshotSegment): Size => (segment.tier === "large" || segment.tier === "mid" ? "large" : "small");

/**
 * An iShares holdings export: the fund is read from the preamble's first line or the file name's ticker
 * (lib/market/ishares-funds.ts); a fund the app does not know needs the uploader's region and size.
 */
export function isharesDraft(text: string, fileName: string, options: ImportFileOptions): ImportResult<DatasetDraft> {
  // The importer needs a region and size; the fund decides them once its name has been read, so these are placeholders.
  const parsed = importIsharesHoldings(text, { id: `import:${baseName(fileName)}`, label: "", source: "", region: "US", size: "small" });
  if (!parsed.ok) return parsed;
  const { fundName, snapshot } = parsed.value;
  const fund = isharesFundOf(fundName, fileName);
  let segment: SnapshotSegment;
  let fundLabel: string;
  if (fund) {
    segment = fund.segment;
    fundLabel = `${fund.name} (${fund.ticker})`;
  } else if (options.region && options.size) {
    segment = { area: options.region, tier: options.size, market: null };
    fundLabel = fundName ?? titleOf(fileName);
  } else {
    const errors = new ErrorCollector();
    errors.add(1, null, "unknown_fund");
    return errors.failure();
  }
  const label = options.label?.trim() || fundLabel;
  const source = `${fundLabel}, iShares holdings export`;
  const stored: ConstituentSnapshot = { ...snapshot, label, source, region: displayRegion(segment), size: displaySize(segment), segment };
  return {
    ok: true,
    value: {
      kind: "snapshots",
      name: label,
      source,
      vintage: snapshot.asOf ?? "undated",
      asOf: snapshot.asOf,
      rowCount: snapshot.constituents.length,
      slots: slotsFor({ kind: "snapshots", segment }),
      payload: [stored],
    },
  };
}

const vintageText = (vintage: { yyyymm: string; database: string } | null) => (vintage ? `${vintage.yyyymm} ${vintage.database}` : "unknown");

/** Data rows of a factor file, over its sections (monthly, annual, daily). */
const factorRows = (f: FrenchFactors) => (f.monthly?.periods.length ?? 0) + (f.annual?.periods.length ?? 0) + (f.daily?.periods.length ?? 0);

/** A French factor file: returns for its region's sleeves (lib/market/dataset-slots.ts). */
export function frenchFactorsDraft(text: string, fileName: string): ImportResult<DatasetDraft> {
  const parsed = parseFrenchFactors(text, fileName);
  if (!parsed.ok) return parsed;
  const f = parsed.value;
  return {
    ok: true,
    value: {
      kind: "french_factors",
      name: titleOf(fileName),
      source: FRENCH_LIBRARY,
      vintage: vintageText(f.vintage),
      asOf: null,
      rowCount: factorRows(f),
      slots: slotsFor({ kind: "french_factors", region: f.region }),
      payload: frenchFactorsToJson(f),
    },
  };
}

const frenchRows = (f: FrenchFile) => f.sections.reduce((n, s) => n + s.periods.length, 0);

/** French portfolios formed on size (US deciles etc.) or on size × book-to-market (Developed 6 / 25). */
export function frenchPortfoliosDraft(text: string, fileName: string, kind: "french_size" | "french_size_bm"): ImportResult<DatasetDraft> {
  const parsed = parseFrenchFile(text);
  if (!parsed.ok) return parsed;
  const f = parsed.value;
  return {
    ok: true,
    value: {
      kind,
      name: titleOf(fileName),
      source: FRENCH_LIBRARY,
      vintage: vintageText(f.vintage),
      asOf: null,
      rowCount: frenchRows(f),
      slots: slotsFor({ kind }),
      payload: frenchFileToJson(f),
    },
  };
}

const TIER_WORDS = { large: "large-cap", mid: "mid-cap", small: "small-cap", all: "all members" } as const;

/**
 * A KRX index constituent list: one snapshot standing for its market and tier; a whole-market list (KOSPI,
 * KOSDAQ) is split by KRX size class into one snapshot per tier, and can fill each of those slots.
 */
export function krxDraft(text: string, fileName: string, options: ImportFileOptions): ImportResult<DatasetDraft> {
  const parsed = parseKrxConstituents(text, {
    fileName,
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(options.market ? { market: options.market } : {}),
    ...(options.tier ? { tier: options.tier } : {}),
    dateFromFileName: options.dateFromFileName ?? false,
  });
  if (!parsed.ok) return parsed;
  const list = parsed.value;
  const code = list.indexCode ? ` (${list.indexCode})` : "";
  const name = options.label?.trim() || `KRX ${list.market} ${TIER_WORDS[list.tier]}${code}`;
  const source = `Korea Exchange (KRX) ${list.market} ${TIER_WORDS[list.tier]} index constituents${code}`;
  const snapshots = splitKrxTiers(list).map((part) =>
    krxSnapshot(part, {
      id: `import:${baseName(fileName)}:${part.tier}`,
      label: part === list ? name : `${name}: ${TIER_WORDS[part.tier]}`,
      source,
    }),
  );
  const slots = snapshots.flatMap((s) => (s.segment ? slotsFor({ kind: "snapshots", segment: s.segment }) : []));
  return {
    ok: true,
    value: { kind: "snapshots", name, source, vintage: list.asOf ?? "undated", asOf: list.asOf, rowCount: list.constituents.length, slots, payload: snapshots },
  };
}

/**
 * Consensus EPS estimates (the EPS-calendar JSON): joined by ticker to the US snapshots as proxies. The file
 * prints no as-of: the uploader's date, else (in --dir mode) a date in the file name, else none.
 */
export function estimatesDraft(text: string, fileName: string, options: ImportFileOptions): ImportResult<DatasetDraft> {
  const parsed = parseEpsEstimates(text);
  if (!parsed.ok) return parsed;
  const asOf = options.asOf ?? (options.dateFromFileName ? dateInName(fileName) : null);
  return {
    ok: true,
    value: {
      kind: "estimates",
      name: options.label?.trim() || titleOf(fileName),
      source: "Alpha Vantage EARNINGS_CALENDAR consensus EPS estimates",
      vintage: asOf ?? "undated",
      asOf,
      rowCount: parsed.value.records.length,
      slots: slotsFor({ kind: "estimates", area: "US" }),
      payload: parsed.value,
    },
  };
}
