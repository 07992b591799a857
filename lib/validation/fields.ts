import "./zod-config";
import { z } from "zod";

/** Message-catalog keys used as zod messages, so forms show them in the user's language. */
export const REQUIRED = "errors.required";
export const NUMBER = "errors.invalidNumber";
export const RANGE = "errors.outOfRange";
const TOO_LONG = "errors.tooLong";
const HIDDEN_CHARACTERS = "errors.hiddenCharacters";

/** An empty (or all-blank) form field, or null, means "not given". */
export function blankToUndefined(value: unknown): unknown {
  if (value === null) return undefined;
  return typeof value === "string" && value.trim() === "" ? undefined : value;
}

/**
 * Digits with at most one decimal point and an optional sign: what a person types. Exponents ("1e3"),
 * hexadecimal ("0x10"), "NaN", "Infinity" and digit-group separators are not plain decimals.
 */
const PLAIN_DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * A form value as a number: finite numbers pass; a string holding a plain decimal (after trimming) becomes
 * its number; blanks become undefined; anything else (booleans, arrays, objects, "0x10") is left as it is,
 * for z.number() to reject. A decimal too large for a double ("1" and 400 zeros) becomes Infinity, which
 * z.number() rejects too.
 */
function toFormNumber(value: unknown): unknown {
  const given = blankToUndefined(value);
  if (typeof given !== "string") return given;
  const text = given.trim();
  return PLAIN_DECIMAL.test(text) ? Number(text) : given;
}

export type NumberRule = {
  min: number;
  max: number;
  /** whole numbers only */
  int?: boolean;
  /** `min` itself is out of range (e.g. assets must be above 0) */
  exclusiveMin?: boolean;
};

function numberIn(rule: NumberRule) {
  const base = z.number({ error: (issue) => (issue.input === undefined ? REQUIRED : NUMBER) });
  const whole = rule.int ? base.int({ error: NUMBER }) : base;
  const low = rule.exclusiveMin ? whole.gt(rule.min, { error: RANGE }) : whole.min(rule.min, { error: RANGE });
  return low.max(rule.max, { error: RANGE });
}

/** The one number-from-a-form rule: a required number within `rule`. */
export function requiredNumber(rule: NumberRule) {
  return z.preprocess(toFormNumber, numberIn(rule));
}

/** As requiredNumber, but a blank field is undefined. */
export function optionalNumber(rule: NumberRule) {
  return z.preprocess(toFormNumber, numberIn(rule).optional());
}

/**
 * C0 and C1 control characters, and the bidirectional formatting characters (embeddings, overrides,
 * isolates, LRM/RLM, the Arabic letter mark) that can make a name display as something else.
 */
const HIDDEN_IN_LINE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/** The same, except tab, line feed and carriage return, which free text keeps. */
const HIDDEN_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

function hasHiddenCharacters(text: string, multiline = false): boolean {
  return (multiline ? HIDDEN_IN_TEXT : HIDDEN_IN_LINE).test(text);
}

/** A required one-line name: trimmed, 1..max characters, no control or bidi characters. */
export function nameField(max: number) {
  return z
    .string({ error: REQUIRED })
    .trim()
    .min(1, { error: REQUIRED })
    .max(max, { error: TOO_LONG })
    .refine((s) => !hasHiddenCharacters(s), { error: HIDDEN_CHARACTERS });
}

/** Optional free text (notes): blank is undefined; newlines and tabs are kept. */
export function optionalTextField(max: number) {
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(max, { error: TOO_LONG })
      .refine((s) => !hasHiddenCharacters(s, true), { error: HIDDEN_CHARACTERS })
      .optional(),
  );
}
