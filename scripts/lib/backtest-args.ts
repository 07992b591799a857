import { parseArgs } from "node:util";
import { z } from "zod";
import { decileBuckets, krxBuckets, parseBucketList, sweepBuckets } from "../../lib/backtest/buckets";
import type { BucketSpec, SurvivorshipMode, Weighting } from "../../lib/backtest/types";
import { LOCALES, type Locale } from "../../lib/i18n/config";

/** The flags of `npm run backtest -- …`, after validation. */
export type BacktestArgs = {
  panel: string;
  /** A stored panel's dataset id (`--dataset`, scripts/lib/stored-panel.ts), read instead of a `--panel` file ("" then). */
  dataset?: string;
  buckets: BucketSpec[];
  weightings: Weighting[];
  /** null with --format table, which always shows total_loss and last_available side by side. */
  survivorship: SurvivorshipMode | null;
  rebalanceMonth: number | "every";
  riskFree: number;
  out: string | null;
  format: "json" | "table";
  /** The language of the panel's errors; null: from the environment (scripts/lib/import-errors.ts). */
  lang: Locale | null;
};

export const BACKTEST_USAGE = `Usage: npm run backtest -- --panel FILE.csv|FILE.parquet [options]   (rows in any order)
  --dataset ID                                a panel stored with npm run import -- --panel, instead of --panel FILE
  --buckets deciles|sweep|krx|"0-0.1,0.9-1"   size buckets (default sweep: 19 buckets, centre ± 5%)
  --weighting cap|equal|sqrt|all              (default all)
  --survivorship total_loss|last_available|exclude   (default total_loss; not with --format table)
  --rebalance-month 1-12|every                (default 5, end of May; every = at each panel date)
  --risk-free 0.02                            annual risk-free rate as a decimal (default 0)
  --out FILE.json                             write there instead of stdout
  --format json|table                         (default json; table shows both survivorship modes)
  --lang en|ko                                language of the panel's errors (default ko when LANG=ko…, else en)`;

const NAMED_BUCKETS: Record<string, () => BucketSpec[]> = { deciles: decileBuckets, sweep: sweepBuckets, krx: krxBuckets };

/** Flag values as strings (parseArgs' output) → typed arguments; each issue's path is the flag's name. */
const argsSchema = z
  .object({
    panel: z.string().min(1, "is required").optional(),
    dataset: z.string().min(1, "needs a dataset id").optional(),
    buckets: z
      .string()
      .default("sweep")
      .transform((s, ctx) => {
        try {
          return NAMED_BUCKETS[s]?.() ?? parseBucketList(s);
        } catch (e) {
          ctx.issues.push({ code: "custom", input: s, message: `must be deciles, sweep, krx or "from-to,…" (${(e as Error).message})` });
          return z.NEVER;
        }
      }),
    weighting: z.enum(["cap", "equal", "sqrt", "all"], "must be cap, equal, sqrt or all").default("all"),
    survivorship: z.enum(["total_loss", "last_available", "exclude"], "must be total_loss, last_available or exclude").optional(),
    "rebalance-month": z.coerce
      .string()
      .default("5")
      .transform((value, ctx): number | "every" => {
        if (value === "every") return "every";
        const month = Number(value);
        if (value.trim() === "" || !Number.isInteger(month)) ctx.addIssue({ code: "custom", message: "must be a whole month 1-12 or every" });
        else if (month < 1 || month > 12) ctx.addIssue({ code: "custom", message: "must be 1-12 or every" });
        else return month;
        return z.NEVER;
      }),
    "risk-free": z.coerce.number("must be a number, e.g. 0.02").refine(Number.isFinite, "must be finite").default(0),
    out: z.string().min(1, "needs a file name").optional(),
    format: z.enum(["json", "table"], "must be json or table").default("json"),
    lang: z.enum(LOCALES, `must be ${LOCALES.join(" or ")}`).optional(),
  })
  .refine((a) => a.panel !== undefined || a.dataset !== undefined, { path: ["panel"], message: "is required: the panel CSV to back-test (or --dataset ID)" })
  .refine((a) => !(a.panel !== undefined && a.dataset !== undefined), { path: ["dataset"], message: "cannot be combined with --panel" })
  .refine((a) => !(a.format === "table" && a.survivorship), {
    path: ["survivorship"],
    message: "cannot be combined with --format table, which always shows total_loss and last_available",
  });

/**
 * Parses `npm run backtest` arguments (both "--flag value" and "--flag=value").
 * @returns the arguments, or a message naming the offending flag, e.g. "--rebalance-month: must be 1-12".
 */
export function parseBacktestArgs(argv: readonly string[]): { ok: true; value: BacktestArgs } | { ok: false; message: string } {
  let values: Record<string, string | undefined>;
  try {
    const options = Object.fromEntries(Object.keys(argsSchema.shape).map((k) => [k, { type: "string" as const }]));
    values = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values as Record<string, string | undefined>;
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    const messages = parsed.error.issues.map((issue) => `--${String(issue.path[0] ?? "")}: ${issue.message}`);
    return { ok: false, message: messages.join("\n") };
  }
  const a = parsed.data;
  return {
    ok: true,
    value: {
      panel: a.panel ?? "",
      ...(a.dataset !== undefined ? { dataset: a.dataset } : {}),
      buckets: a.buckets,
      weightings: a.weighting === "all" ? ["cap", "equal", "sqrt"] : [a.weighting],
      survivorship: a.format === "table" ? null : (a.survivorship ?? "total_loss"),
      rebalanceMonth: a["rebalance-month"],
      riskFree: a["risk-free"],
      out: a.out ?? null,
      format: a.format,
      lang: a.lang ?? null,
    },
  };
}
