import { z } from "zod";
import type { BucketSpec, Weighting } from "@/lib/backtest/types";
import { monthKeySchema } from "@/lib/research/month-range-query";
import { DEFAULT_SIZE_EFFECT_INPUTS, DEMO_DATASET, bucketSpecs, type SizeEffectBuckets, type SizeEffectParam, type SizeEffectInputs } from "@/lib/services/research/size-effect-inputs";


/** The most custom buckets one study takes (the sweep has 19). */
export const MAX_CUSTOM_BUCKETS = 25;
/** One-way cost ceiling per bucket: 10%, far above any real slippage. */
export const MAX_COST_BPS = 1000;

const WEIGHTINGS: readonly Weighting[] = ["cap", "equal", "sqrt"];

const monthSchema = z.union([z.literal("every"), z.string().regex(/^(?:[1-9]|1[0-2])$/).transform(Number)]);
const weightingsSchema = z
  .string()
  .transform((v) => v.split(","))
  .pipe(z.array(z.enum(["cap", "equal", "sqrt"])).min(1))
  .transform((list) => WEIGHTINGS.filter((w) => list.includes(w)));
const modeSchema = z.enum(["total_loss", "last_available", "exclude"]);
const bucketKindSchema = z.enum(["sweep", "deciles", "krx", "custom"]);
const amountSchema = z.string().regex(/^\d+(?:\.\d+)?$/).transform(Number).pipe(z.number().finite().min(0));
const holdingsSchema = z.string().regex(/^[1-9]\d{0,6}$/).transform(Number);
const costListSchema = z
  .string()
  .transform((v) => v.split(","))
  .pipe(z.array(z.string().regex(/^\d+(?:\.\d+)?$/).transform(Number).pipe(z.number().max(MAX_COST_BPS))).min(1));

const PERCENTILE = /^(\d*\.?\d+)-(\d*\.?\d+)$/;
const RANK = /^#([1-9]\d*)(?:-([1-9]\d*)|\+)$/;

/**
 * Custom bucket text: comma-separated items, "0-0.1" a percentile window [from, to) (decimals, 0 = largest),
 * "#1-100" ranks 1 to 100 and "#301+" ranks from 301 on. Null when an item does not read or is out of order.
 * @example parseCustomBuckets("0-0.1,#301+") → [{ kind: "percentile", from: 0, to: 0.1 }, { kind: "rank", fromRank: 301, toRank: null }]
 */
export function parseCustomBuckets(text: string): BucketSpec[] | null {
  const items = text.split(",").map((s) => s.trim()).filter((s) => s !== "");
  if (items.length === 0 || items.length > MAX_CUSTOM_BUCKETS) return null;
  const out: BucketSpec[] = [];
  for (const item of items) {
    const p = PERCENTILE.exec(item);
    const r = RANK.exec(item);
    if (p) {
      const [from, to] = [Number(p[1]), Number(p[2])];
      if (!(from >= 0 && from < to && to <= 1)) return null;
      out.push({ kind: "percentile", from, to });
    } else if (r) {
      const fromRank = Number(r[1]);
      const toRank = r[2] === undefined ? null : Number(r[2]);
      if (toRank !== null && toRank < fromRank) return null;
      out.push({ kind: "rank", fromRank, toRank });
    } else return null;
  }
  return out;
}

/** The text of one bucket in the custom syntax, also its key in the CSV download: "0.05-0.15", "#1-100", "#301+". */
export function bucketKey(bucket: BucketSpec): string {
  if (bucket.kind === "percentile") return `${bucket.from}-${bucket.to}`;
  return bucket.toRank === null ? `#${bucket.fromRank}+` : `#${bucket.fromRank}-${bucket.toRank}`;
}

/**
 * A stored dataset's id as the database makes them (Prisma's cuid: lower-case letters and digits). Stricter
 * than the app's general id check so a crafted value ("x", an array) is an input the page ignores with a
 * message, while a well-formed id that is not the firm's is the 404 page.
 */
const datasetIdSchema = z.string().regex(/^[a-z0-9]{20,40}$/);

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export type ParsedSizeEffectQuery = { inputs: SizeEffectInputs; ignored: SizeEffectParam[] };

/**
 * The page's inputs from its search parameters, never throwing: a missing or empty parameter takes its
 * default, one that does not parse takes its default too and is named in `ignored` (the page says so).
 * Whether a dataset id is the firm's is checked where the panel is read, not here.
 */
export function parseSizeEffectQuery(params: Record<string, unknown>): ParsedSizeEffectQuery {
  const ignored: SizeEffectParam[] = [];
  const read = <T>(key: SizeEffectParam, schema: z.ZodType<T, string>, fallback: T): T => {
    const raw = first(params[key]);
    if (raw === undefined || raw === "") return fallback;
    const parsed = schema.safeParse(typeof raw === "string" ? raw.trim() : raw);
    if (parsed.success) return parsed.data;
    ignored.push(key);
    return fallback;
  };
  const d = DEFAULT_SIZE_EFFECT_INPUTS;
  const dataset = read("d", z.union([z.literal(DEMO_DATASET), datasetIdSchema]), d.dataset);
  const rebalanceMonth = read<number | "every">("m", monthSchema, d.rebalanceMonth);
  const weightings = read("w", weightingsSchema, d.weightings);
  const survivorship = read("s", modeSchema, d.survivorship);
  const kind = read("b", bucketKindSchema, d.buckets.kind);
  let buckets: SizeEffectBuckets = kind === "custom" ? { kind: "sweep" } : { kind };
  if (kind === "custom") {
    const text = first(params.r);
    const parsed = typeof text === "string" ? parseCustomBuckets(text) : null;
    if (parsed) buckets = { kind: "custom", buckets: parsed };
    else ignored.push("r");
  }
  let from = read("from", monthKeySchema, null as string | null);
  let to = read("to", monthKeySchema, null as string | null);
  if (from !== null && to !== null && to < from) {
    ignored.push("from", "to");
    [from, to] = [null, null];
  }
  const filter: SizeEffectInputs["filter"] = {};
  const minCap = read("mincap", amountSchema, undefined as number | undefined);
  const minTv = read("mintv", amountSchema, undefined as number | undefined);
  const maxH = read("maxh", holdingsSchema, undefined as number | undefined);
  if (minCap !== undefined) filter.minMarketCap = minCap;
  if (minTv !== undefined) filter.minTradingValue = minTv;
  if (maxH !== undefined) filter.maxHoldings = maxH;
  let costBps = read("cost", costListSchema, d.costBps);
  // A list must price every bucket: one value is every bucket's, a list of another length is a mistake.
  if (costBps.length > 1 && costBps.length !== bucketSpecs(buckets).length) {
    ignored.push("cost");
    costBps = d.costBps;
  }
  if (costBps.every((c) => c === 0)) costBps = [];
  return { inputs: { dataset, rebalanceMonth, weightings, survivorship, buckets, period: { from, to }, filter, costBps }, ignored };
}

/**
 * The search parameters of the inputs, defaults left out: the permalink's query, and the CSV link's.
 * parseSizeEffectQuery(serialiseSizeEffectQuery(x)).inputs equals x for any inputs it produced.
 */
export function serialiseSizeEffectQuery(inputs: SizeEffectInputs): Record<string, string> {
  const d = DEFAULT_SIZE_EFFECT_INPUTS;
  const out: Record<string, string> = {};
  if (inputs.dataset !== d.dataset) out.d = inputs.dataset;
  if (inputs.rebalanceMonth !== d.rebalanceMonth) out.m = String(inputs.rebalanceMonth);
  if (inputs.weightings.join(",") !== d.weightings.join(",")) out.w = inputs.weightings.join(",");
  if (inputs.survivorship !== d.survivorship) out.s = inputs.survivorship;
  if (inputs.buckets.kind !== "sweep") out.b = inputs.buckets.kind;
  if (inputs.buckets.kind === "custom") out.r = inputs.buckets.buckets.map(bucketKey).join(",");
  if (inputs.period.from) out.from = inputs.period.from;
  if (inputs.period.to) out.to = inputs.period.to;
  if (inputs.filter.minMarketCap !== undefined) out.mincap = String(inputs.filter.minMarketCap);
  if (inputs.filter.minTradingValue !== undefined) out.mintv = String(inputs.filter.minTradingValue);
  if (inputs.filter.maxHoldings !== undefined) out.maxh = String(inputs.filter.maxHoldings);
  if (inputs.costBps.length > 0) out.cost = inputs.costBps.join(",");
  return out;
}
