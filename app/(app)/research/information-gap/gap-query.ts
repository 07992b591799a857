import { gapKeySchema } from "@/lib/services/research/gap-snapshots";

/** The most snapshots one comparison shows: more columns than this do not fit a page side by side. */
export const MAX_COMPARED = 6;

/**
 * `?s=<key>&s=<key>` or `?s=<key>,<key>`: the chosen snapshots, in order, each once. A value that is not a
 * snapshot key is dropped and flagged, never an error (the page says so); past MAX_COMPARED the rest are dropped.
 * @example parseGapQuery({ s: ["ck1.0", "x y", "ck1.0,ck2.3"] }) → { keys: ["ck1.0", "ck2.3"], ignored: true }
 */
export function parseGapQuery(params: Record<string, unknown>): { keys: string[]; ignored: boolean } {
  const raw = params.s;
  const values = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === "string").flatMap((v) => v.split(","));
  let ignored = raw !== undefined && !Array.isArray(raw) && typeof raw !== "string";
  const keys: string[] = [];
  for (const v of values) {
    if (v === "") continue;
    if (!gapKeySchema.safeParse(v).success || keys.length >= MAX_COMPARED) ignored = true;
    else if (!keys.includes(v)) keys.push(v);
  }
  return { keys, ignored };
}
