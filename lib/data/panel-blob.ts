import { PANEL_FLAG, type Panel } from "../backtest/panel";
import { MISSING_FLAG, type CategoryColumn } from "../backtest/panel-columns";

/**
 * The columnar binary form of a panel, as Dataset.blob stores it (issue 10 §5). Only the cells that hold a
 * row are stored, date by date and id by id within a date (the engine's own cell order), so a sparse panel
 * (securities listed for a few years of thirty) costs its rows, not ids × dates:
 *
 *   "SCPANEL\0" · u32 version · u32 meta length · meta JSON (UTF-8) · sections, each 8-byte aligned:
 *   dates Int32[dates] (yyyymmdd) · rows per date Int32[dates] · id index Int32[rows] ·
 *   market cap Float64[rows] · return Float64[rows] · flags Uint8[rows] (preferred, delisted bits) ·
 *   then, when present: profitable Uint8 · analysts Float64 · trading value Float64 · sector Int32 · country Int32
 *
 * Numbers are little-endian and copied bit for bit (NaN stays NaN), so decode(encode(p)) equals p cell for cell.
 * Loading is typed-array views over the bytes and one scatter into the dense grid: no per-row objects.
 */

export const PANEL_BLOB_VERSION = 1;
const MAGIC = "SCPANEL\0";
const HEADER_BYTES = 16;

type BlobMeta = {
  rows: number;
  ids: string[];
  dates: number;
  profitable: boolean;
  analysts: boolean;
  tradingValue: boolean;
  sectorLabels: string[] | null;
  countryLabels: string[] | null;
};

/** A blob that is not one this module wrote, or is cut short: a stored row that cannot be read. */
export class PanelBlobError extends Error {
  constructor(readonly problem: "bad_magic" | "unsupported_version" | "truncated" | "corrupt", detail = "") {
    super(`panel blob: ${problem}${detail ? ` (${detail})` : ""}`);
    this.name = "PanelBlobError";
  }
}

/** Typed arrays are written in the machine's byte order; every platform Node ships for is little-endian. */
function assertLittleEndian(): void {
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error("panel blob: big-endian machines are not supported");
}

const align8 = (n: number) => (n + 7) & ~7;

/** "2020-05-29" → 20200529 (the panel's dates are checked YYYY-MM-DD when it is built). */
function dateNumber(date: string): number {
  return Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
}

function dateString(n: number): string {
  const day = n % 100;
  const month = Math.floor(n / 100) % 100;
  return `${String(Math.floor(n / 10_000)).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

/** The number of cells that hold a row. */
export function panelRowCount(panel: Panel): number {
  let rows = 0;
  for (let cell = 0; cell < panel.flags.length; cell++) if ((panel.flags[cell] ?? 0) & PANEL_FLAG.ROW) rows++;
  return rows;
}

/**
 * The panel as bytes for Dataset.blob.
 *
 * @example encodePanel(buildPanel([{ id: "A", date: "2020-05-29", marketCap: 9, return: null }])).length → 200 (152 of header and meta, six 8-byte sections)
 */
export function encodePanel(panel: Panel): Uint8Array {
  assertLittleEndian();
  const nIds = panel.ids.length;
  const nDates = panel.dates.length;
  const rows = panelRowCount(panel);
  const meta: BlobMeta = {
    rows,
    ids: [...panel.ids],
    dates: nDates,
    profitable: panel.profitable !== null,
    analysts: panel.analysts !== null,
    tradingValue: panel.tradingValue !== null,
    sectorLabels: panel.sector ? [...panel.sector.labels] : null,
    countryLabels: panel.country ? [...panel.country.labels] : null,
  };
  const metaBytes = new TextEncoder().encode(JSON.stringify(meta));
  const layout = sectionLayout(meta, HEADER_BYTES + metaBytes.length);
  const bytes = new Uint8Array(layout.end);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  const header = new DataView(bytes.buffer);
  header.setUint32(8, PANEL_BLOB_VERSION, true);
  header.setUint32(12, metaBytes.length, true);
  bytes.set(metaBytes, HEADER_BYTES);

  const s = views(bytes.buffer, layout, meta);
  let row = 0;
  for (let d = 0; d < nDates; d++) {
    s.dates[d] = dateNumber(panel.dates[d] ?? "");
    const before = row;
    for (let id = 0; id < nIds; id++) {
      const cell = d * nIds + id;
      const flags = panel.flags[cell] ?? 0;
      if (!(flags & PANEL_FLAG.ROW)) continue;
      s.idIndex[row] = id;
      s.marketCap[row] = panel.marketCap[cell] ?? NaN;
      s.returns[row] = panel.returns[cell] ?? NaN;
      s.flags[row] = flags & ~PANEL_FLAG.ROW;
      if (s.profitable) s.profitable[row] = panel.profitable?.[cell] ?? MISSING_FLAG;
      if (s.analysts) s.analysts[row] = panel.analysts?.[cell] ?? NaN;
      if (s.tradingValue) s.tradingValue[row] = panel.tradingValue?.[cell] ?? NaN;
      if (s.sector) s.sector[row] = panel.sector?.codes[cell] ?? -1;
      if (s.country) s.country[row] = panel.country?.codes[cell] ?? -1;
      row++;
    }
    s.rowsPerDate[d] = row - before;
  }
  return bytes;
}

/**
 * The engine-ready panel from bytes `encodePanel` wrote (copied once if the bytes are not 8-byte aligned,
 * as a Buffer from a database driver may not be).
 *
 * @throws PanelBlobError when the bytes are not such a blob, are cut short, or index outside the panel.
 */
export function decodePanel(input: Uint8Array): Panel {
  assertLittleEndian();
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
  const meta = readMeta(bytes);
  const layout = sectionLayout(meta, HEADER_BYTES + new DataView(bytes.buffer, bytes.byteOffset).getUint32(12, true));
  if (bytes.length < layout.end) throw new PanelBlobError("truncated", `${bytes.length} of ${layout.end} bytes`);
  const s = views(bytes.buffer, layout, meta, bytes.byteOffset);
  const nIds = meta.ids.length;
  const nDates = meta.dates;
  const size = nIds * nDates;

  const marketCap = new Float64Array(size).fill(NaN);
  const returns = new Float64Array(size).fill(NaN);
  const flags = new Uint8Array(size);
  const profitable = s.profitable ? new Uint8Array(size).fill(MISSING_FLAG) : null;
  const analysts = s.analysts ? new Float64Array(size).fill(NaN) : null;
  const tradingValue = s.tradingValue ? new Float64Array(size).fill(NaN) : null;
  const sector = s.sector ? new Int32Array(size).fill(-1) : null;
  const country = s.country ? new Int32Array(size).fill(-1) : null;

  const dates = new Array<string>(nDates);
  let row = 0;
  for (let d = 0; d < nDates; d++) {
    dates[d] = dateString(s.dates[d] ?? 0);
    const count = s.rowsPerDate[d] ?? 0;
    if (count < 0 || row + count > meta.rows) throw new PanelBlobError("corrupt", `rows of date ${d}`);
    const base = d * nIds;
    for (const end = row + count; row < end; row++) {
      const id = s.idIndex[row] ?? -1;
      if (id < 0 || id >= nIds) throw new PanelBlobError("corrupt", `id index ${id} at row ${row}`);
      const cell = base + id;
      marketCap[cell] = s.marketCap[row] ?? NaN;
      returns[cell] = s.returns[row] ?? NaN;
      flags[cell] = (s.flags[row] ?? 0) | PANEL_FLAG.ROW;
      if (profitable && s.profitable) profitable[cell] = s.profitable[row] ?? MISSING_FLAG;
      if (analysts && s.analysts) analysts[cell] = s.analysts[row] ?? NaN;
      if (tradingValue && s.tradingValue) tradingValue[cell] = s.tradingValue[row] ?? NaN;
      if (sector && s.sector) sector[cell] = s.sector[row] ?? -1;
      if (country && s.country) country[cell] = s.country[row] ?? -1;
    }
  }
  if (row !== meta.rows) throw new PanelBlobError("corrupt", `${row} rows placed of ${meta.rows}`);
  const category = (labels: string[] | null, codes: Int32Array | null): CategoryColumn | null =>
    labels && codes ? { labels, codes } : null;
  return {
    dates,
    ids: meta.ids,
    marketCap,
    returns,
    flags,
    profitable,
    analysts,
    tradingValue,
    sector: category(meta.sectorLabels, sector),
    country: category(meta.countryLabels, country),
  };
}

/** What a blob holds, from its header only: for listings and checks that need not decode the columns. */
export function panelBlobSummary(bytes: Uint8Array): { rows: number; securities: number; periods: number; firstDate: string | null; lastDate: string | null } {
  const meta = readMeta(bytes);
  const start = align8(HEADER_BYTES + new DataView(bytes.buffer, bytes.byteOffset).getUint32(12, true));
  if (bytes.length < start + meta.dates * 4) throw new PanelBlobError("truncated");
  const view = new DataView(bytes.buffer, bytes.byteOffset + start, meta.dates * 4);
  const at = (d: number) => dateString(view.getInt32(d * 4, true));
  return {
    rows: meta.rows,
    securities: meta.ids.length,
    periods: meta.dates,
    firstDate: meta.dates > 0 ? at(0) : null,
    lastDate: meta.dates > 0 ? at(meta.dates - 1) : null,
  };
}

function readMeta(bytes: Uint8Array): BlobMeta {
  if (bytes.length < HEADER_BYTES) throw new PanelBlobError("truncated", `${bytes.length} bytes`);
  if (new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC) throw new PanelBlobError("bad_magic");
  const header = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
  const version = header.getUint32(8, true);
  if (version !== PANEL_BLOB_VERSION) throw new PanelBlobError("unsupported_version", String(version));
  const metaLength = header.getUint32(12, true);
  if (bytes.length < HEADER_BYTES + metaLength) throw new PanelBlobError("truncated", "meta");
  let meta: unknown;
  try {
    meta = JSON.parse(new TextDecoder().decode(bytes.subarray(HEADER_BYTES, HEADER_BYTES + metaLength)));
  } catch {
    throw new PanelBlobError("corrupt", "meta is not JSON");
  }
  if (!isBlobMeta(meta)) throw new PanelBlobError("corrupt", "meta fields");
  return meta;
}

function isBlobMeta(value: unknown): value is BlobMeta {
  if (typeof value !== "object" || value === null) return false;
  const m = value as Record<string, unknown>;
  const count = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
  const strings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === "string");
  return (
    count(m.rows) &&
    count(m.dates) &&
    strings(m.ids) &&
    typeof m.profitable === "boolean" &&
    typeof m.analysts === "boolean" &&
    typeof m.tradingValue === "boolean" &&
    (m.sectorLabels === null || strings(m.sectorLabels)) &&
    (m.countryLabels === null || strings(m.countryLabels))
  );
}

type SectionName = "dates" | "rowsPerDate" | "idIndex" | "marketCap" | "returns" | "flags" | "profitable" | "analysts" | "tradingValue" | "sector" | "country";
type Layout = { offsets: Partial<Record<SectionName, number>>; end: number };

/** Where each section starts, in the fixed order of the format; absent optional columns take no space. */
function sectionLayout(meta: BlobMeta, metaEnd: number): Layout {
  const sections: [SectionName, number, boolean][] = [
    ["dates", 4 * meta.dates, true],
    ["rowsPerDate", 4 * meta.dates, true],
    ["idIndex", 4 * meta.rows, true],
    ["marketCap", 8 * meta.rows, true],
    ["returns", 8 * meta.rows, true],
    ["flags", meta.rows, true],
    ["profitable", meta.rows, meta.profitable],
    ["analysts", 8 * meta.rows, meta.analysts],
    ["tradingValue", 8 * meta.rows, meta.tradingValue],
    ["sector", 4 * meta.rows, meta.sectorLabels !== null],
    ["country", 4 * meta.rows, meta.countryLabels !== null],
  ];
  const offsets: Layout["offsets"] = {};
  let at = align8(metaEnd);
  for (const [name, length, present] of sections) {
    if (!present) continue;
    offsets[name] = at;
    at = align8(at + length);
  }
  return { offsets, end: at };
}

function views(buffer: ArrayBufferLike, layout: Layout, meta: BlobMeta, base = 0) {
  const n = meta.rows;
  const at = (name: SectionName) => base + (layout.offsets[name] ?? 0);
  const has = (name: SectionName) => layout.offsets[name] !== undefined;
  return {
    dates: new Int32Array(buffer, at("dates"), meta.dates),
    rowsPerDate: new Int32Array(buffer, at("rowsPerDate"), meta.dates),
    idIndex: new Int32Array(buffer, at("idIndex"), n),
    marketCap: new Float64Array(buffer, at("marketCap"), n),
    returns: new Float64Array(buffer, at("returns"), n),
    flags: new Uint8Array(buffer, at("flags"), n),
    profitable: has("profitable") ? new Uint8Array(buffer, at("profitable"), n) : null,
    analysts: has("analysts") ? new Float64Array(buffer, at("analysts"), n) : null,
    tradingValue: has("tradingValue") ? new Float64Array(buffer, at("tradingValue"), n) : null,
    sector: has("sector") ? new Int32Array(buffer, at("sector"), n) : null,
    country: has("country") ? new Int32Array(buffer, at("country"), n) : null,
  };
}
