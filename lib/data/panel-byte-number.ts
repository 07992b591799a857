/** 10^0 … 10^22: every one is an exact double, which is what makes the fast path below exact. */
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
/** 15 digits are below 2^53, so the integer mantissa is exact. */
const MAX_DIGITS = 15;
const [PLUS, MINUS, DOT, ZERO, NINE, LOWER_E, UPPER_E, COMMA, NEWLINE, RETURN] = [0x2b, 0x2d, 0x2e, 0x30, 0x39, 0x65, 0x45, 0x2c, 0x0a, 0x0d];

/** Where the last scan stopped: the index of the cell's delimiter (a comma, the line's end or the file's end). */
export type Cursor = { end: number };

/**
 * Whether bytes[i] ends a cell of an unquoted CSV line: a comma, "\n", "\r" before "\n" or at the end of
 * the file (as the text route's line split treats "\r"), or the end of the bytes.
 */
export function isCellEnd(bytes: Uint8Array, i: number): boolean {
  if (i >= bytes.length) return true;
  const b = bytes[i];
  return b === COMMA || b === NEWLINE || (b === RETURN && (i + 1 === bytes.length || bytes[i + 1] === NEWLINE));
}

/** Moves `cursor.end` to the end of the cell that bytes[i] is in. */
export function skipCell(bytes: Uint8Array, i: number, cursor: Cursor): void {
  while (!isCellEnd(bytes, i)) i++;
  cursor.end = i;
}

/**
 * Reads the number in the cell starting at `start`, leaving `cursor.end` at the cell's end. The value is
 * exactly what `Number()` reads from the cell's text when the text has the shape the panel schema accepts
 * (`[-+]digits[.digits][e[-+]digits]`, panel-schema.ts NUMBER); NaN when it has not, or the cell is empty
 * (the caller tells the two apart by `cursor.end === start`, and lets the schema judge the rest).
 *
 * No string is made in the common case: a mantissa of at most 15 significant digits is an exact integer m,
 * and m × 10^k or m ÷ 10^k with |k| ≤ 22 is one correctly rounded IEEE operation on two exact doubles, so
 * it equals the correctly rounded value of the decimal, which is what `Number()` returns (Clinger's fast
 * path, "How to read floating point numbers accurately", PLDI 1990). Longer numbers go to `Number()`.
 */
export function readDecimal(bytes: Uint8Array, start: number, cursor: Cursor): number {
  let i = start;
  let negative = false;
  if (bytes[i] === MINUS || bytes[i] === PLUS) negative = bytes[i++] === MINUS;
  let mantissa = 0;
  let significant = 0;
  let digits = 0;
  let scale = 0;
  let inFraction = false;
  for (; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= ZERO && b <= NINE) {
      digits++;
      if (inFraction) scale--;
      if (mantissa !== 0 || b !== ZERO) {
        mantissa = mantissa * 10 + (b - ZERO);
        significant++;
      }
    } else if (b === DOT && !inFraction) inFraction = true;
    else break;
  }
  if (digits > 0 && (bytes[i] === LOWER_E || bytes[i] === UPPER_E)) {
    i++;
    let negativeExponent = false;
    if (bytes[i] === MINUS || bytes[i] === PLUS) negativeExponent = bytes[i++] === MINUS;
    const from = i;
    let exponent = 0;
    for (; i < bytes.length && bytes[i]! >= ZERO && bytes[i]! <= NINE; i++) exponent = Math.min(exponent * 10 + (bytes[i]! - ZERO), 1e6);
    if (i === from) digits = 0; // "1e" is not a number
    scale += negativeExponent ? -exponent : exponent;
  }
  if (!isCellEnd(bytes, i)) {
    skipCell(bytes, i, cursor);
    return NaN;
  }
  cursor.end = i;
  if (digits === 0) return NaN;
  if (significant > MAX_DIGITS || scale > 22 || scale < -22) return Number(asciiText(bytes, start, i));
  const value = scale >= 0 ? mantissa * POW10[scale]! : mantissa / POW10[-scale]!;
  return negative ? -value : value;
}

/** bytes[start, end) as text; only called on bytes already checked to be ASCII digits, signs, "." and "e". */
function asciiText(bytes: Uint8Array, start: number, end: number): string {
  let text = "";
  for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i]!);
  return text;
}
