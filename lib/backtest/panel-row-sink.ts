import { MISSING_FLAG } from "./panel-columns";
import type { PanelRowColumns } from "./panel-assemble";

/** Which optional columns a sink keeps (a file's header decides; `buildPanel` keeps them all). */
export type OptionalPanelColumns = { profitable: boolean; analysts: boolean; tradingValue: boolean; sector: boolean; country: boolean };

/**
 * Growable per-row columns for `assemblePanel`: `push()` makes room for one more row and returns its index,
 * and the caller writes that index of each column. Columns are re-read after every push because growing
 * replaces them. An importer that can count its rows first passes that as the capacity, so nothing grows.
 */
export class PanelRowSink {
  count = 0;
  /** The 1-based file line (or record) each row came from, for errors that name two rows; 0 from objects. */
  lines: Int32Array;
  idKey: Int32Array;
  dateKey: Int32Array;
  marketCap: Float64Array;
  returns: Float64Array;
  flags: Uint8Array;
  profitable: Uint8Array | null;
  analysts: Float64Array | null;
  tradingValue: Float64Array | null;
  sectorKey: Int32Array | null;
  countryKey: Int32Array | null;

  constructor(capacity: number, optional: OptionalPanelColumns) {
    const n = Math.max(16, capacity);
    this.lines = new Int32Array(n);
    this.idKey = new Int32Array(n);
    this.dateKey = new Int32Array(n);
    this.marketCap = new Float64Array(n);
    this.returns = new Float64Array(n);
    this.flags = new Uint8Array(n);
    this.profitable = optional.profitable ? new Uint8Array(n).fill(MISSING_FLAG) : null;
    this.analysts = optional.analysts ? new Float64Array(n).fill(NaN) : null;
    this.tradingValue = optional.tradingValue ? new Float64Array(n).fill(NaN) : null;
    this.sectorKey = optional.sector ? new Int32Array(n).fill(-1) : null;
    this.countryKey = optional.country ? new Int32Array(n).fill(-1) : null;
  }

  push(): number {
    if (this.count === this.idKey.length) this.grow(this.count * 2);
    return this.count++;
  }

  /** Makes rows 0 … count − 1 exist at once, for a reader that fills columns by position (Parquet). */
  pushAll(count: number): void {
    if (count > this.idKey.length) this.grow(count);
    this.count = count;
  }

  /** Keeps only the rows where keep[i] is 1, in order (a columnar reader drops its invalid rows here). */
  compact(keep: Uint8Array): void {
    let kept = 0;
    const columns = [this.lines, this.idKey, this.dateKey, this.marketCap, this.returns, this.flags, this.profitable, this.analysts, this.tradingValue, this.sectorKey, this.countryKey];
    for (let i = 0; i < this.count; i++) {
      if (keep[i] !== 1) continue;
      for (const column of columns) if (column) column[kept] = column[i]!;
      kept++;
    }
    this.count = kept;
  }

  /** Takes back the last `push` (a row found invalid after some of its cells were written). */
  pop(): void {
    this.count--;
  }

  /** The rows so far with their labels, trimmed to `count` (views, not copies). */
  columns(labels: { ids: readonly string[]; dates: readonly string[]; sectors?: readonly string[]; countries?: readonly string[] }): PanelRowColumns {
    const n = this.count;
    return {
      count: n,
      idKey: this.idKey.subarray(0, n),
      idLabels: labels.ids,
      dateKey: this.dateKey.subarray(0, n),
      dateLabels: labels.dates,
      marketCap: this.marketCap.subarray(0, n),
      returns: this.returns.subarray(0, n),
      flags: this.flags.subarray(0, n),
      profitable: this.profitable?.subarray(0, n) ?? null,
      analysts: this.analysts?.subarray(0, n) ?? null,
      tradingValue: this.tradingValue?.subarray(0, n) ?? null,
      sectorKey: this.sectorKey?.subarray(0, n) ?? null,
      sectorLabels: labels.sectors ?? [],
      countryKey: this.countryKey?.subarray(0, n) ?? null,
      countryLabels: labels.countries ?? [],
    };
  }

  private grow(capacity: number): void {
    const widen = <T extends Int32Array | Float64Array | Uint8Array>(a: T, fill: number): T => {
      const b = new (a.constructor as new (n: number) => T)(capacity);
      b.set(a);
      if (fill !== 0) b.fill(fill, a.length);
      return b;
    };
    this.lines = widen(this.lines, 0);
    this.idKey = widen(this.idKey, 0);
    this.dateKey = widen(this.dateKey, 0);
    this.marketCap = widen(this.marketCap, 0);
    this.returns = widen(this.returns, 0);
    this.flags = widen(this.flags, 0);
    this.profitable = this.profitable && widen(this.profitable, MISSING_FLAG);
    this.analysts = this.analysts && widen(this.analysts, NaN);
    this.tradingValue = this.tradingValue && widen(this.tradingValue, NaN);
    this.sectorKey = this.sectorKey && widen(this.sectorKey, -1);
    this.countryKey = this.countryKey && widen(this.countryKey, -1);
  }
}

/**
 * Codes for strings in order of first appearance (`labels[code]`). Consecutive rows usually repeat a
 * value (a file sorted by id or by date), so the last lookup is remembered.
 */
export class StringCodes {
  readonly labels: string[] = [];
  private readonly codes = new Map<string, number>();
  private last: string | undefined;
  private lastCode = -1;

  code(value: string): number {
    if (value === this.last) return this.lastCode;
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.labels.length;
      this.codes.set(value, code);
      this.labels.push(value);
    }
    this.last = value;
    this.lastCode = code;
    return code;
  }
}
