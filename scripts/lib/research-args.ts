import { parseArgs } from "node:util";
import { z } from "zod";
import { LOCALES, type Locale } from "../../lib/i18n/config";
import { REGIONS, SIZES, type Region, type Size } from "../../lib/market/regions";
import { monthKeySchema } from "../../lib/research/month-range-query";

/** The commands of `npm run research -- <command> …`, after validation. */
export type ResearchArgs =
  | { command: "french"; file: string; factors: string | null; from: string | null; to: string | null; lang: Locale | null }
  | { command: "gap"; holdings: string; region: Region | null; size: Size | null; lang: Locale | null };

export const RESEARCH_USAGE = `Usage:
  npm run -s research -- french --file Portfolios_Formed_on_ME.csv [--factors F-F_Research_Data_Factors.csv] [--from YYYY-MM] [--to YYYY-MM] --json
  npm run -s research -- gap --holdings IWM_holdings.csv [--region US --size small] --json
  --json     print JSON (decimals) to stdout; the only output format
  --region, --size   for a holdings file of a fund the app does not know
  --lang en|ko       language of a file's errors (default ko when LANG=ko…, else en)`;

const lang = z.enum(LOCALES, `must be ${LOCALES.join(" or ")}`).optional();
const json = z.literal(true, "is required: JSON is the only output format");

const frenchSchema = z
  .object({
    file: z.string({ error: "is required: the Portfolios_Formed_on_ME CSV" }).min(1, "is required"),
    factors: z.string().min(1, "needs a file name").optional(),
    from: monthKeySchema.optional(),
    to: monthKeySchema.optional(),
    json,
    lang,
  })
  .strict()
  .refine((a) => !(a.from && a.to && a.to < a.from), { path: ["to"], message: "must not be before --from" });

const gapSchema = z
  .object({
    holdings: z.string({ error: "is required: an iShares holdings CSV" }).min(1, "is required"),
    region: z.enum(REGIONS, `must be one of ${REGIONS.join(", ")}`).optional(),
    size: z.enum(SIZES, `must be ${SIZES.join(" or ")}`).optional(),
    json,
    lang,
  })
  .strict()
  .refine((a) => (a.region === undefined) === (a.size === undefined), { path: ["region"], message: "and --size go together" });

const FLAGS = { file: "string", factors: "string", from: "string", to: "string", holdings: "string", region: "string", size: "string", lang: "string", json: "boolean" } as const;

/**
 * Parses `npm run research` arguments: a command, then its flags ("--flag value" or "--flag=value").
 * @returns the arguments, or a message naming the offending flag, e.g. "--from: must be a month YYYY-MM".
 */
export function parseResearchArgs(argv: readonly string[]): { ok: true; value: ResearchArgs } | { ok: false; message: string } {
  const [command, ...rest] = argv;
  if (command !== "french" && command !== "gap") return { ok: false, message: `unknown command "${command ?? ""}": give french or gap` };
  let values: Record<string, string | boolean | undefined>;
  try {
    const options = Object.fromEntries(Object.entries(FLAGS).map(([k, type]) => [k, { type }]));
    values = parseArgs({ args: rest, options, strict: true, allowPositionals: false }).values;
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
  const issues = (error: z.ZodError) => {
    const issue = (i: z.core.$ZodIssue) =>
      i.code === "unrecognized_keys" ? `${i.keys.map((k) => `--${k}`).join(", ")}: not a flag of ${command}` : `--${String(i.path[0] ?? "")}: ${i.message}`;
    return { ok: false as const, message: error.issues.map(issue).join("\n") };
  };
  if (command === "french") {
    const parsed = frenchSchema.safeParse(values);
    if (!parsed.success) return issues(parsed.error);
    const a = parsed.data;
    return { ok: true, value: { command, file: a.file, factors: a.factors ?? null, from: a.from ?? null, to: a.to ?? null, lang: a.lang ?? null } };
  }
  const parsed = gapSchema.safeParse(values);
  if (!parsed.success) return issues(parsed.error);
  const a = parsed.data;
  return { ok: true, value: { command, holdings: a.holdings, region: a.region ?? null, size: a.size ?? null, lang: a.lang ?? null } };
}
