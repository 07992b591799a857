import path from "node:path";
import { decodeImportText } from "../../lib/data/decode-text";
import { parseFrenchFactors } from "../../lib/data/french-factors";
import { parseFrenchFile } from "../../lib/data/french-size";
import type { ImportErrorList } from "../../lib/data/import-result";
import type { Locale } from "../../lib/i18n/config";
import { computeInformationGap } from "../../lib/metrics/information-gap";
import type { InformationGapMetrics } from "../../lib/metrics/types";
import type { ConstituentSnapshot } from "../../lib/market/types";
import { decileStudy, type DecileStat, type DecileStudy } from "../../lib/research/decile-stats";
import { riskFreeOf } from "../../lib/research/risk-free";
import { isharesDraft } from "../../lib/services/datasets/file-datasets";
import { cliLocale, importErrorLines } from "./import-errors";
import { parseResearchArgs, RESEARCH_USAGE, type ResearchArgs } from "./research-args";

/** What the CLI touches outside itself, so tests can run it without a process. */
export type ResearchIo = {
  readFile: (file: string) => Uint8Array;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
};

/** `npm run research -- french … --json`: exactly these fields, decimals as computed. */
export type FrenchJson = {
  vintage: string | null;
  period: { from: string; to: string; months: number };
  deciles: Pick<DecileStat, "name" | "weighting" | "months" | "cagr" | "volatility" | "sharpe" | "sharpeMonths">[];
};

/** The study as the CLI prints it; the same numbers the French research page shows. */
export function frenchJson(study: DecileStudy): FrenchJson {
  return {
    vintage: study.vintage,
    period: { ...study.period },
    deciles: study.deciles.map(({ name, weighting, months, cagr, volatility, sharpe, sharpeMonths }) => ({ name, weighting, months, cagr, volatility, sharpe, sharpeMonths })),
  };
}

class CliFailure extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join("\n"));
  }
}

const PROBLEM_TEXT = {
  no_deciles: "the file has no monthly value- and equal-weighted returns for the ten size deciles (Lo 10 … Hi 10)",
  empty_period: "no month of the file lies in the period given by --from/--to",
} as const;

/** A file's text under the import rules (strict UTF-8, line length), or a failure naming the file's errors. */
function readText(io: ResearchIo, file: string, locale: Locale): string {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch (e) {
    throw new CliFailure([`research: cannot read ${file}: ${(e as Error).message}`]);
  }
  return orFail(file, decodeImportText(bytes), locale);
}

function orFail<T>(file: string, result: { ok: true; value: T } | ({ ok: false } & ImportErrorList), locale: Locale): T {
  if (result.ok) return result.value;
  throw new CliFailure(importErrorLines(file, result, locale));
}

function french(args: Extract<ResearchArgs, { command: "french" }>, io: ResearchIo, locale: Locale): FrenchJson {
  const file = orFail(args.file, parseFrenchFile(readText(io, args.file, locale)), locale);
  const factors = args.factors ? orFail(args.factors, parseFrenchFactors(readText(io, args.factors, locale), path.basename(args.factors)), locale) : null;
  const study = decileStudy(file, { from: args.from, to: args.to, riskFree: factors ? riskFreeOf(factors) : null });
  if (!study.ok) throw new CliFailure([`${args.file}: ${PROBLEM_TEXT[study.reason]}`]);
  return frenchJson(study.value);
}

function gap(args: Extract<ResearchArgs, { command: "gap" }>, io: ResearchIo, locale: Locale): InformationGapMetrics {
  const text = readText(io, args.holdings, locale);
  const options = args.region && args.size ? { region: args.region, size: args.size } : {};
  const draft = orFail(args.holdings, isharesDraft(text, path.basename(args.holdings), options), locale);
  const [snapshot] = draft.payload as ConstituentSnapshot[];
  return computeInformationGap(snapshot!);
}

/**
 * Runs `npm run research -- <command> …` and returns the exit code: 0 with the JSON on stdout; 2 for a bad
 * command or flag (the usage, in English); 1 when a file cannot be read or is refused (its errors in the
 * locale's language) or the study has no data.
 */
export function runResearchCli(argv: readonly string[], io: ResearchIo): number {
  const args = parseResearchArgs(argv);
  if (!args.ok) {
    io.stderr(`research: ${args.message}\n${RESEARCH_USAGE}\n`);
    return 2;
  }
  const locale = cliLocale(args.value.lang, io.env);
  try {
    const out = args.value.command === "french" ? french(args.value, io, locale) : gap(args.value, io, locale);
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof CliFailure)) throw e;
    io.stderr(`${e.lines.join("\n")}\n`);
    return 1;
  }
}
