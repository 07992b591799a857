import { parseArgs } from "node:util";
import { z } from "zod";
import { panelRowsToCsv } from "../../lib/data/panel-csv-writer";
import { panelRowsToParquet } from "../../lib/data/panel-parquet-writer";
import { convertKrxDaily, KRX_PERIOD_KINDS, krxPanelMetadata, type KrxDailyInput, type KrxPanel, type KrxProgressEvent } from "../../lib/data/krx-daily";
import { LOCALES, type Locale } from "../../lib/i18n/config";
import { cliLocale, importErrorLines } from "./import-errors";

/** Everything the panel CLI touches outside itself. */
export type PanelCliIo = {
  /** Opens a daily file as the converter's input (by content: Parquet, gzip CSV or CSV). */
  openInput: (path: string) => Promise<KrxDailyInput>;
  writeFile: (path: string, data: Uint8Array | string) => void;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env?: Readonly<Record<string, string | undefined>>;
};

export const PANEL_EXIT = { OK: 0, FAILED: 1, USAGE: 2 } as const;

/** The key of a Parquet panel's metadata, and the suffix of a CSV panel's sidecar file holding the same JSON. */
export const PANEL_METADATA_KEY = "smallcap.panel";
export const PANEL_METADATA_SUFFIX = ".meta.json";

export const PANEL_USAGE = `Usage: npm run panel -- from-krx-daily FILE… --period month|year-end-may --out PANEL.csv|PANEL.parquet
  FILE…                  KRX daily market-cap files in the FinanceData/marcap layout (marcap-YYYY.csv,
                         .csv.gz or .parquet; one per year, any order; the kind is read from the content)
  --period month         one row per code at the last trading day of each month
  --period year-end-may  one row per code at the last trading day of each May, returns over June…May
  --out FILE             .csv (plus FILE.meta.json saying what the returns are) or .parquet (metadata inside)
  --lang en|ko           language of the files' errors (default ko when LANG=ko…, else en)
Returns are price returns compounded from the daily ChagesRatio: dividends are not included.`;

const argsSchema = z.object({
  period: z.enum(KRX_PERIOD_KINDS, `must be ${KRX_PERIOD_KINDS.join(" or ")}`),
  out: z.string({ error: "is required: PANEL.csv or PANEL.parquet" }).regex(/\.(csv|parquet)$/i, "must end in .csv or .parquet"),
  lang: z.enum(LOCALES, `must be ${LOCALES.join(" or ")}`).optional(),
});

type PanelArgs = { files: string[]; period: (typeof KRX_PERIOD_KINDS)[number]; out: string; lang: Locale | null };

/** @returns the arguments, or a message naming what is wrong, e.g. "--period: must be month or year-end-may". */
export function parsePanelArgs(argv: readonly string[]): { ok: true; value: PanelArgs } | { ok: false; message: string } {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    const options = { period: { type: "string" }, out: { type: "string" }, lang: { type: "string" } } as const;
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
  const [command, ...files] = parsed.positionals;
  if (command !== "from-krx-daily") return { ok: false, message: command ? `unknown command "${command}": use from-krx-daily` : "a command is required: from-krx-daily" };
  if (files.length === 0) return { ok: false, message: "from-krx-daily: name at least one daily file" };
  const flags = argsSchema.safeParse(parsed.values);
  if (!flags.success) return { ok: false, message: flags.error.issues.map((i) => `--${String(i.path[0] ?? "")}: ${i.message}`).join("\n") };
  return { ok: true, value: { files, period: flags.data.period, out: flags.data.out, lang: flags.data.lang ?? null } };
}

/**
 * `npm run panel -- from-krx-daily FILE… --period … --out …`: converts the files, writes the panel and logs
 * on stderr what it read, which periods are partial, how many codes stopped, and that returns exclude
 * dividends. A broken file's errors are printed with its name, line and column, and nothing is written.
 */
export async function runPanelCli(argv: readonly string[], io: PanelCliIo): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    io.stdout(`${PANEL_USAGE}\n`);
    return PANEL_EXIT.OK;
  }
  const args = parsePanelArgs(argv);
  if (!args.ok) {
    io.stderr(`${args.message}\n\n${PANEL_USAGE}\n`);
    return PANEL_EXIT.USAGE;
  }
  const { files, period, out } = args.value;
  const inputs: KrxDailyInput[] = [];
  for (const file of files) {
    try {
      inputs.push(await io.openInput(file));
    } catch (e) {
      io.stderr(`${file}: cannot read: ${(e as Error).message}\n`);
      return PANEL_EXIT.FAILED;
    }
  }
  const result = await convertKrxDaily(inputs, { period, onProgress: (event) => io.stderr(progressLine(event)) });
  if (!result.ok) {
    const locale = cliLocale(args.value.lang, io.env ?? {});
    io.stderr(`${importErrorLines(result.file ?? files.join(", "), result, locale).join("\n")}\nNo panel was written.\n`);
    return PANEL_EXIT.FAILED;
  }
  const panel = result.value;
  const metadata = JSON.stringify(krxPanelMetadata(panel, period, files.map(baseName)));
  try {
    if (/\.parquet$/i.test(out)) io.writeFile(out, panelRowsToParquet(panel.rows, { metadata: { [PANEL_METADATA_KEY]: metadata } }));
    else {
      io.writeFile(out, panelRowsToCsv(panel.rows));
      io.writeFile(`${out}${PANEL_METADATA_SUFFIX}`, `${metadata}\n`);
    }
  } catch (e) {
    io.stderr(`--out: cannot write ${out}: ${(e as Error).message}\n`);
    return PANEL_EXIT.FAILED;
  }
  io.stderr(summaryLines(panel, period, out).join("\n") + "\n");
  return PANEL_EXIT.OK;
}

const count = (n: number) => n.toLocaleString("en-US");
const baseName = (path: string) => path.split(/[\\/]/).at(-1) ?? path;

function progressLine({ file, index, files, rows, done }: KrxProgressEvent): string {
  return done ? `read ${index + 1}/${files} ${baseName(file)}: ${count(rows)} rows\n` : `  ${baseName(file)}: ${count(rows)} rows…\n`;
}

/** The log after a conversion: periods, partial ones, stopped codes, preferred shares, what the returns are. */
export function summaryLines(panel: KrxPanel, period: (typeof KRX_PERIOD_KINDS)[number], out: string): string[] {
  const { periods, securities } = panel;
  const unit = period === "month" ? "month" : "year ending in May";
  const lines = [
    `${periods.length} period${periods.length === 1 ? "" : "s"} (${periods[0]?.label} … ${periods.at(-1)?.label}, one ${unit} each) from ${count(panel.tradingDays)} trading days, ${panel.firstDate} … ${panel.lastDate}`,
  ];
  for (const p of periods) {
    if (p.endsEarly) lines.push(`${p.label} is partial: the files end on ${p.end}, before the period's last possible trading day; kept with the changes up to that day`);
    if (p.startsLate) lines.push(`${p.label} is partial: the files start on ${panel.firstDate}, after the period began; its returns are left empty (it only opens the first holding window)`);
  }
  const stopped = periods.filter((p) => p.stopped > 0);
  if (stopped.length > 0) {
    const list = stopped.map((p) => `${p.label}: ${count(p.stopped)}`).join(", ");
    lines.push(`data stopped: codes whose rows end before a period's last trading day have no row for it or after (${list}); the back-test's survivorship mode decides their return`);
  }
  const preferred = securities.filter((s) => s.preferred === true).length;
  const unclassified = securities.filter((s) => s.preferred === null).map((s) => s.code);
  lines.push(`preferred shares: ${count(preferred)} of ${count(securities.length)} codes (KRX code rule: sixth character 5, 7, 9 or a letter; 0 is common)`);
  if (unclassified.length > 0) lines.push(`share class unknown (sixth character not 0, 5, 7, 9 or a letter), left unflagged: ${unclassified.join(", ")}`);
  lines.push("returns are price returns compounded from the daily ChagesRatio: dividends are not included");
  const sidecar = /\.parquet$/i.test(out) ? "" : ` (and ${out}${PANEL_METADATA_SUFFIX})`;
  lines.push(`wrote ${out}: ${count(panel.rows.length)} rows${sidecar}`);
  return lines;
}
