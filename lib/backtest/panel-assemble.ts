import { MISSING_FLAG, type CategoryColumn } from "./panel-columns";
import { PANEL_FLAG, type Panel } from "./panel-type";

/**
 * A long-format panel held as columns, one entry per row, with every string column coded: row i is
 * security `idLabels[idKey[i]]` on `dateLabels[dateKey[i]]`. The importers fill this straight from the file
 * (no object per row), and `buildPanel` from row objects; `assemblePanel` turns either into the same `Panel`.
 * Labels may be in any order (first seen, usually): assembling sorts them, which is what makes the panel
 * independent of the order of the rows.
 */
export type PanelRowColumns = {
  count: number;
  idKey: Int32Array;
  idLabels: readonly string[];
  dateKey: Int32Array;
  /** YYYY-MM-DD, already checked. */
  dateLabels: readonly string[];
  marketCap: Float64Array;
  /** NaN = no return. */
  returns: Float64Array;
  /** PANEL_FLAG.PREFERRED | PANEL_FLAG.DELISTED bits (ROW is set by assembling). */
  flags: Uint8Array;
  /** 0/1, MISSING_FLAG = missing; null when the file has no such column. */
  profitable: Uint8Array | null;
  analysts: Float64Array | null;
  tradingValue: Float64Array | null;
  /** Index into the labels, −1 = missing. */
  sectorKey: Int32Array | null;
  sectorLabels: readonly string[];
  countryKey: Int32Array | null;
  countryLabels: readonly string[];
};

/**
 * The columnar panel of `rows`. Each cell takes its row's values; a second row for a cell is not written:
 * `onDuplicate(row, earlierRow)` is called instead (row indices into the columns), so an importer can name
 * both lines and a row builder can throw. Optional columns with no value in any row come out null, as
 * `Panel` documents.
 */
export function assemblePanel(rows: PanelRowColumns, onDuplicate: (row: number, earlierRow: number) => void): Panel {
  const ids = sortedCodes(rows.idLabels);
  const dates = sortedCodes(rows.dateLabels);
  const nIds = ids.labels.length;
  const size = nIds * dates.labels.length;
  const cells = cellsOf(rows.count, rows.idKey, ids.remap, rows.dateKey, dates.remap, nIds);
  const occupant = new Int32Array(size).fill(-1);
  const marketCap = new Float64Array(size).fill(NaN);
  const returns = new Float64Array(size).fill(NaN);
  const flags = new Uint8Array(size);
  for (let i = 0; i < rows.count; i++) {
    const cell = cells[i]!;
    const earlier = occupant[cell]!;
    if (earlier >= 0) {
      onDuplicate(i, earlier);
      cells[i] = -1; // the optional columns skip it too
      continue;
    }
    occupant[cell] = i;
    marketCap[cell] = rows.marketCap[i]!;
    returns[cell] = rows.returns[i]!;
    flags[cell] = PANEL_FLAG.ROW | rows.flags[i]!;
  }
  return {
    dates: dates.labels,
    ids: ids.labels,
    marketCap,
    returns,
    flags,
    profitable: scatter(rows.profitable, cells, () => new Uint8Array(size).fill(MISSING_FLAG), MISSING_FLAG),
    analysts: scatter(rows.analysts, cells, () => new Float64Array(size).fill(NaN), NaN),
    tradingValue: scatter(rows.tradingValue, cells, () => new Float64Array(size).fill(NaN), NaN),
    sector: category(rows.sectorKey, rows.sectorLabels, cells, size),
    country: category(rows.countryKey, rows.countryLabels, cells, size),
  };
}

/** Labels sorted (UTF-16 code-unit order, as `Array.prototype.sort`), and each old code's new one. */
function sortedCodes(labels: readonly string[]): { labels: string[]; remap: Int32Array } {
  const order = labels.map((_, i) => i).sort((a, b) => compare(labels[a]!, labels[b]!));
  const remap = new Int32Array(labels.length);
  order.forEach((old, sorted) => (remap[old] = sorted));
  return { labels: order.map((i) => labels[i]!), remap };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** cell of each row, date-major; a loop of its own over arrays so V8 compiles it while it runs. */
function cellsOf(count: number, idKey: Int32Array, idRemap: Int32Array, dateKey: Int32Array, dateRemap: Int32Array, nIds: number): Int32Array {
  const cells = new Int32Array(count);
  for (let i = 0; i < count; i++) cells[i] = dateRemap[dateKey[i]!]! * nIds + idRemap[idKey[i]!]!;
  return cells;
}

/** An optional per-row column spread over the cells; null when no row has a value. */
function scatter<T extends Uint8Array | Float64Array>(values: T | null, cells: Int32Array, allocate: () => T, missing: number): T | null {
  if (values === null) return null;
  let out: T | null = null;
  const isMissing = Number.isNaN(missing) ? (v: number) => Number.isNaN(v) : (v: number) => v === missing;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    const value = values[i]!;
    if (cell < 0 || isMissing(value)) continue;
    out ??= allocate();
    out[cell] = value;
  }
  return out;
}

/** A coded per-row column as a `CategoryColumn` with labels sorted; null when no row has a label. */
function category(keys: Int32Array | null, labels: readonly string[], cells: Int32Array, size: number): CategoryColumn | null {
  if (keys === null) return null;
  const used = new Uint8Array(labels.length);
  for (let i = 0; i < cells.length; i++) if (cells[i]! >= 0 && keys[i]! >= 0) used[keys[i]!] = 1;
  // Only labels some kept row carries, so the label list is the same whatever else the file held.
  const kept = labels.flatMap((label, k) => (used[k] ? [{ label, k }] : [])).sort((a, b) => compare(a.label, b.label));
  if (kept.length === 0) return null;
  const remap = new Int32Array(labels.length).fill(-1);
  kept.forEach(({ k }, code) => (remap[k] = code));
  const codes = new Int32Array(size).fill(-1);
  for (let i = 0; i < cells.length; i++) if (cells[i]! >= 0 && keys[i]! >= 0) codes[cells[i]!] = remap[keys[i]!]!;
  return { labels: kept.map((k) => k.label), codes };
}
