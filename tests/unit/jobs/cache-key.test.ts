import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { canonicalJson, SIZE_STUDY_ENGINE_VERSION, sizeStudyCacheKey, sizeStudyInputsSchema } from "@/lib/jobs/size-study-inputs";

describe("canonicalJson", () => {
  test("sorts keys at every depth and keeps array order", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}');
    expect(canonicalJson([3, 1, 2])).toBe("[3,1,2]");
  });

  test("leaves undefined properties out and escapes keys and strings as JSON does", () => {
    expect(canonicalJson({ x: undefined, 'q"': "a\nb", é: true })).toBe('{"q\\"":"a\\nb","é":true}');
  });

  test("refuses numbers JSON cannot hold", () => {
    expect(() => canonicalJson({ a: NaN })).toThrow();
    expect(() => canonicalJson([Infinity])).toThrow();
  });

  test("property: any key order gives one string, and it parses back to the same value", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        const text = canonicalJson(value);
        // The same value as JSON itself round-trips it (−0 is written 0 by both).
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        // Re-insert every object's keys in reverse: the canonical text must not change.
        const reversed = (v: unknown): unknown =>
          Array.isArray(v) ? v.map(reversed) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversed(x)])) : v;
        expect(canonicalJson(reversed(value))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe("sizeStudyCacheKey", () => {
  const parse = (raw: object) => sizeStudyInputsSchema.parse(raw);

  test("is the SHA-256 of the canonical dataset, engine version and inputs, written out here by hand", () => {
    const text = `{"datasetId":"ds1","engineVersion":"${SIZE_STUDY_ENGINE_VERSION}","inputs":{"costBps":10,"includePreferred":false,"rebalanceMonth":5}}`;
    expect(sizeStudyCacheKey("ds1", parse({ costBps: 10 }))).toBe(createHash("sha256").update(text).digest("hex"));
  });

  test("defaults left out or spelled out, in any order, are one key", () => {
    const keys = [parse({}), parse({ rebalanceMonth: 5 }), parse({ includePreferred: false, costBps: 0, rebalanceMonth: 5 })].map((i) => sizeStudyCacheKey("ds1", i));
    expect(new Set(keys).size).toBe(1);
  });

  test("another dataset, input or engine version is another key", () => {
    const base = sizeStudyCacheKey("ds1", parse({}));
    expect(sizeStudyCacheKey("ds2", parse({}))).not.toBe(base);
    expect(sizeStudyCacheKey("ds1", parse({ costBps: 1 }))).not.toBe(base);
    expect(sizeStudyCacheKey("ds1", parse({ includePreferred: true }))).not.toBe(base);
    expect(sizeStudyCacheKey("ds1", parse({ rebalanceMonth: 12 }))).not.toBe(base);
    expect(sizeStudyCacheKey("ds1", parse({}), "size-study-0")).not.toBe(base);
  });

  test("the inputs schema refuses unknown keys and out-of-range values rather than caching them apart", () => {
    expect(sizeStudyInputsSchema.safeParse({ rebalanceMonth: 13 }).success).toBe(false);
    expect(sizeStudyInputsSchema.safeParse({ costBps: -1 }).success).toBe(false);
    expect(sizeStudyInputsSchema.safeParse({ extra: 1 }).success).toBe(false);
  });
});
