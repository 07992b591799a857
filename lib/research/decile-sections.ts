import type { FrenchFile, FrenchSection, FrenchSectionKind } from "../data/french-size";

/** The ten size deciles of French's Portfolios_Formed_on_ME, smallest first, as the file names its columns. */
export const DECILE_COLUMNS = ["Lo 10", "2-Dec", "3-Dec", "4-Dec", "5-Dec", "6-Dec", "7-Dec", "8-Dec", "9-Dec", "Hi 10"] as const;
export type DecileName = (typeof DECILE_COLUMNS)[number];

/** Value-weighted (French's "Value Weight Returns") or equal-weighted returns within each decile. */
export const DECILE_WEIGHTINGS = ["value", "equal"] as const;
export type DecileWeighting = (typeof DECILE_WEIGHTINGS)[number];

const KIND_OF: Record<DecileWeighting, FrenchSectionKind> = { value: "vw", equal: "ew" };

/** The file's first monthly section of a kind, when it has every decile column. */
export function monthlySection(file: FrenchFile, kind: FrenchSectionKind): FrenchSection | null {
  const section = file.sections.find((s) => s.kind === kind && s.frequency === "monthly");
  return section && DECILE_COLUMNS.every((c) => section.columns.includes(c)) ? section : null;
}

export function returnsSection(file: FrenchFile, weighting: DecileWeighting): FrenchSection | null {
  return monthlySection(file, KIND_OF[weighting]);
}

/** One decile's column of a section (NaN = missing). */
export function decileColumn(section: FrenchSection, name: DecileName): Float64Array {
  const values = section.values[section.columns.indexOf(name)];
  if (!values) throw new Error(`decileColumn: no column "${name}"`);
  return values;
}

/** "202602 CRSP" as the import stores a dataset's vintage, or null when the file does not say. */
export function vintageLabel(file: FrenchFile): string | null {
  return file.vintage ? `${file.vintage.yyyymm} ${file.vintage.database}` : null;
}
