import "./zod-config";
import { z } from "zod";
import { ALL_SLEEVES, EQUITY_SLEEVES, REGIONS, SIZES } from "../market/regions";
import { DATASET_KINDS } from "../market/dataset-kinds";
import { SNAPSHOT_AREAS, SNAPSHOT_TIERS } from "../market/slots";
import type { Reason } from "../allocation/reasons";
import { REFERENCE_METRICS } from "../metrics/reference-figures";
import type { Methodology, ProposalView } from "../services/proposal/view-model";
import { HOME_MARKETS } from "./client";
import { proposalAssumptionsSchema, REBALANCE_RULES } from "./proposal";
import { monteCarloMethodologySchema, proposalRiskSchema } from "./proposal-risk-view";

/**
 * The whole proposal view-model as the scenario pages render it, checked field by field before a stored
 * version is shown: a version written by an older engine, whose view no longer has this shape, is reported
 * as "cannot be displayed in full" instead of failing inside a chart. parseStoredView returns the schema's
 * output as a ProposalView, so a change to the view-model that this schema does not follow fails `tsc`.
 */

const num = z.number();
const maybe = z.number().nullable();
const allocationSchema = z.object({ usEquity: num, intlEquity: num, bonds: num, cash: num });

/** Reasons are rendered by a switch with a sentence per code (components/proposal/reason-text.ts). */
const reasonSchema = z.custom<Reason>((v) => typeof v === "object" && v !== null && typeof (v as { rule?: unknown }).rule === "string");

const clientSchema = z.object({
  id: z.string(),
  name: z.string(),
  homeMarket: z.enum(HOME_MARKETS),
  riskTolerance: num,
  horizonYears: num,
  investableAssets: num,
  currency: z.string(),
  maxFeeBps: maybe,
  excludedRegions: z.array(z.enum(REGIONS)),
  maxSmallCapShare: maybe,
  passiveOnly: z.boolean(),
  currentAllocation: allocationSchema.nullable(),
});

/**
 * Provenance fields (lib/services/proposal/provenance.ts) are optional: versions saved before real data have
 * none and are shown without a source column, as they were.
 */
const datasetRef = { datasetId: z.string(), datasetName: z.string(), source: z.string(), vintage: z.string() };
const sleeveProvenanceSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("real"),
    ...datasetRef,
    currency: z.literal("USD"),
    method: z.enum(["size_portfolios", "factor_decomposition", "risk_free"]),
    smallCapShare: num.optional(),
  }),
  z.object({ kind: z.literal("synthetic") }),
  z.object({ kind: z.literal("illustrative") }),
]);

const lineSchema = z.object({
  sleeve: z.enum(ALL_SLEEVES),
  region: z.enum(REGIONS).nullable(),
  size: z.enum(SIZES).nullable(),
  style: z.enum(["active", "passive"]).nullable(),
  weight: num,
  amount: num,
  feeBps: num,
  reasons: z.array(reasonSchema),
  provenance: sleeveProvenanceSchema.optional(),
});

const yearReturn = z.object({ year: num, return: num });
const statsSchema = z.object({
  cagr: maybe,
  volatility: maybe,
  sharpe: maybe,
  sortino: maybe,
  returnRisk: maybe,
  maxDrawdown: maybe,
  best: maybe,
  worst: maybe,
  periods: num,
  periodsPerYear: num,
  bestYear: yearReturn.nullable(),
  worstYear: yearReturn.nullable(),
});

const backtestSchema = z.object({
  months: z.array(z.string()),
  commonPeriod: z.object({
    start: z.string(),
    end: z.string(),
    months: num,
    truncatedBy: z.array(z.object({ sleeve: z.string(), firstMonth: z.string(), lastMonth: z.string() })),
  }),
  proposal: z.object({ wealthNet: z.array(num), wealthGross: z.array(num), drawdown: z.array(num) }),
  benchmark: z.object({ wealth: z.array(num), drawdown: z.array(num), weights: z.record(z.string(), num), current: allocationSchema.nullable() }),
  yearly: z.array(z.object({ year: num, return: num, benchmark: num.optional(), months: num, partial: z.boolean() })),
  stats: z.object({ net: statsSchema, gross: statsSchema, benchmark: statsSchema.nullable() }),
  relative: z.object({ excessReturn: maybe, trackingError: maybe, correlation: maybe, upCapture: maybe, downCapture: maybe }).nullable(),
  sleeveSources: z.array(z.object({ sleeve: z.enum(ALL_SLEEVES), firstMonth: z.string(), lastMonth: z.string(), provenance: sleeveProvenanceSchema })).optional(),
  latestRealStart: z.string().nullable().optional(),
});

const coverageSchema = z.object({ covered: num, total: num, coveredWeight: num });
const notAvailable = z.object({
  status: z.literal("not_available"),
  reason: z.enum(["empty_snapshot", "no_analysts_column", "no_profitable_column", "no_known_values", "zero_total_weight"]),
});
const metric = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion("status", [z.object({ status: z.literal("ok"), value, coverage: coverageSchema.optional() }), notAvailable]);
const breakdown = z.array(z.object({ key: z.string().nullable(), weight: num, count: num }));

const gapMetricsSchema = z.object({
  source: z.object({ snapshotId: z.string(), label: z.string(), source: z.string(), asOf: z.string().nullable(), synthetic: z.boolean(), region: z.enum(REGIONS), size: z.enum(SIZES) }),
  constituentCount: num,
  analystMean: metric(num),
  analystMedian: metric(num),
  top10Share: metric(num),
  largestWeight: metric(num),
  herfindahl: metric(num),
  effectiveHoldings: metric(num),
  unprofitableShareByCount: metric(num),
  unprofitableShareByWeight: metric(num),
  byCountry: metric(breakdown),
  bySector: metric(breakdown),
});

const share = z.number().nullable();
const evidenceSegmentSchema = z.object({
  slot: z.string(),
  segment: z.object({ area: z.enum(SNAPSHOT_AREAS), tier: z.enum(SNAPSHOT_TIERS), market: z.string().nullable() }),
  metrics: gapMetricsSchema,
  provenance: z.discriminatedUnion("kind", [z.object({ kind: z.literal("real"), ...datasetRef }), z.object({ kind: z.literal("synthetic") })]),
  modelSleeve: z.enum(EQUITY_SLEEVES).nullable(),
  proxies: z
    .object({
      ...datasetRef,
      asOf: z.string().nullable(),
      constituents: num,
      matched: num,
      matchRate: share,
      negativeShareByCount: share,
      negativeShareByWeight: share,
      noEstimateShareByCount: share,
      noEstimateShareByWeight: share,
    })
    .nullable(),
});

const referenceFigureSchema = z.object({
  key: z.string(),
  label: z.string(),
  labelKo: z.string(),
  value: num,
  valueHigh: num.optional(),
  comparator: z.enum(["gt", "lt", "approx", "eq"]),
  unit: z.enum(["count", "percent"]),
  region: z.enum(REGIONS).nullable(),
  size: z.enum(["large", "mid", "small"]).nullable(),
  metric: z.enum(REFERENCE_METRICS),
  source: z.string(),
  asOf: z.string(),
  note: z.string().optional(),
});

/**
 * `benchmark` and `feesApplied` are not rendered (the benchmark is named from the back-test), and stamps saved
 * before they became codes hold English text there (see Methodology), so any text is accepted for them.
 */
const methodologySchema = z.object({
  engineVersion: z.string(),
  parametersVersion: z.string(),
  datasets: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      vintage: z.string(),
      synthetic: z.boolean(),
      kind: z.enum(DATASET_KINDS).optional(),
      source: z.string().optional(),
      asOf: z.string().nullable().optional(),
      slots: z.array(z.string()).optional(),
    }),
  ),
  survivorship: z.literal("total_loss"),
  rebalance: z.enum(REBALANCE_RULES),
  benchmark: z.custom<Methodology["benchmark"]>((v) => typeof v === "string"),
  feesApplied: z.custom<Methodology["feesApplied"]>((v) => typeof v === "string"),
  managerExcessInBacktest: z.literal(false),
  risk: monteCarloMethodologySchema.optional(),
});

const proposalViewSchema = z.object({
  client: clientSchema,
  assumptions: proposalAssumptionsSchema,
  allocation: z.object({
    lines: z.array(lineSchema),
    equityShare: num,
    smallCapShareOfEquities: maybe,
    activeShareOfEquities: maybe,
    expectedFeeBps: num,
    reasons: z.array(reasonSchema),
  }),
  backtest: backtestSchema,
  evidence: z.object({
    rows: z.array(z.object({ region: z.enum(REGIONS), small: gapMetricsSchema.nullable(), large: gapMetricsSchema.nullable() })),
    segments: z.array(evidenceSegmentSchema).optional(),
    referenceFigures: z.array(referenceFigureSchema),
  }),
  synthetic: z.boolean(),
  methodology: methodologySchema,
  risk: proposalRiskSchema.optional(),
});

/** The stored view when it has the shape the pages render, else null (with the issues, for the log). */
export function parseStoredView(value: unknown): { view: ProposalView; issues: null } | { view: null; issues: string[] } {
  const parsed = proposalViewSchema.safeParse(value);
  if (parsed.success) return { view: parsed.data, issues: null };
  return { view: null, issues: parsed.error.issues.map((i) => `${i.path.join(".") || "(view)"}: ${i.message}`) };
}
