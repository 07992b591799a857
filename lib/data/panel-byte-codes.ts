/**
 * Codes for byte strings of one file, in order of first appearance, without making a JavaScript string per
 * cell: a 1.8M-row panel repeats ~10,000 ids and 360 dates, and a string per cell was most of the old
 * parser's time and memory. Each distinct value's bytes are kept once (an open-addressing hash table over
 * FNV-1a hashes) and decoded once, by `labels()`.
 */
export class ByteCodes {
  /**
   * Each distinct value's bytes, copied next to each other: comparing a cell with a value found far back
   * in the file (an id's first row) missed the cache on nearly every row; this stays small and hot.
   */
  private keys = new Uint8Array(1024);
  private keysUsed = 0;
  private starts = new Int32Array(64);
  private lengths = new Int32Array(64);
  /** Per code, what the caller decided about the value the first time it met it (0 = not judged yet). */
  verdict = new Uint8Array(64);
  /** code + 1 per slot, 0 = empty; the size is a power of two at least twice the number of codes. */
  private table = new Int32Array(128);
  size = 0;
  private lastHash = 0;
  private lastStart = -1;
  private lastLength = -1;
  private lastCode = -1;

  constructor(private readonly bytes: Uint8Array) {}

  /** The code of bytes[start, end), new codes numbered from 0 in order of first appearance. */
  code(start: number, end: number): number {
    return this.codeHashed(start, end, hashBytes(this.bytes, start, end));
  }

  /** {@link code} when the caller computed `hash` = hashBytes(bytes, start, end) while it scanned the cell. */
  codeHashed(start: number, end: number, hash: number): number {
    const bytes = this.bytes;
    const length = end - start;
    // Rows sorted by id repeat the id, rows sorted by date the date: no probe for a repeat.
    if (hash === this.lastHash && length === this.lastLength && equalBytes(bytes, start, this.keys, this.lastStart, length)) return this.lastCode;
    const mask = this.table.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot]!;
      if (entry === 0) {
        const code = this.add(start, length);
        this.table[slot] = code + 1;
        if (this.size * 2 > this.table.length) this.rehash();
        return this.remember(hash, code);
      }
      const code = entry - 1;
      if (this.lengths[code] === length && equalBytes(bytes, start, this.keys, this.starts[code]!, length)) return this.remember(hash, code);
    }
  }

  /**
   * The values, decoded as strict UTF-8, indexed by code.
   * @throws TypeError if a value is not valid UTF-8 (the caller then lets decodeImportText say where).
   */
  labels(): string[] {
    const decoder = new TextDecoder("utf-8", { fatal: true });
    return Array.from({ length: this.size }, (_, c) => decoder.decode(this.keys.subarray(this.starts[c]!, this.starts[c]! + this.lengths[c]!)));
  }

  private remember(hash: number, code: number): number {
    this.lastHash = hash;
    this.lastStart = this.starts[code]!;
    this.lastLength = this.lengths[code]!;
    this.lastCode = code;
    return code;
  }

  private add(start: number, length: number): number {
    if (this.size === this.starts.length) {
      this.starts = grown(this.starts);
      this.lengths = grown(this.lengths);
      this.verdict = grown(this.verdict);
    }
    if (this.keysUsed + length > this.keys.length) {
      const keys = new Uint8Array(Math.max(2 * this.keys.length, this.keysUsed + length));
      keys.set(this.keys);
      this.keys = keys;
    }
    this.keys.set(this.bytes.subarray(start, start + length), this.keysUsed);
    this.starts[this.size] = this.keysUsed;
    this.lengths[this.size] = length;
    this.keysUsed += length;
    return this.size++;
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    for (let code = 0; code < this.size; code++) {
      const start = this.starts[code]!;
      let slot = hashBytes(this.keys, start, start + this.lengths[code]!) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = code + 1;
    }
    this.table = table;
  }
}

/** FNV-1a, 32 bits: the hash every caller of `codeHashed` must compute, one byte at a time. */
export const FNV_OFFSET = 0x811c9dc5;
export const fnvStep = (hash: number, byte: number): number => Math.imul(hash ^ byte, 0x01000193);

export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = fnvStep(hash, bytes[i]!);
  return hash;
}

function equalBytes(bytes: Uint8Array, a: number, keys: Uint8Array, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (bytes[a + k] !== keys[b + k]) return false;
  return true;
}

function grown<T extends Int32Array | Uint8Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}
