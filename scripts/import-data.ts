/**
 * Loads real market data into the app's database (DATABASE_URL, default the SQLite file):
 *   npm run import -- --dir ../shared/data [--firm <id>]
 *   npm run import -- --panel FILE.csv|FILE.parquet --label "US stocks 1990-2024" [--firm <id>]
 *   npm run import -- --holdings FILE.csv --region US --size small [--label "iShares Russell 2000 (IWM)"] [--firm <id>]
 *   npm run import -- --french Portfolios_Formed_on_ME.csv [--firm <id>]
 * --dir imports every file under the folder (recursively; kinds detected by content) for one firm (--firm, else
 * the only firm, else the demo firm) and activates what it imports, the newest data winning each slot; it prints
 * a table of files, kinds, dates, rows and outcomes, lists unrecognised files without failing, and exits 1 at
 * the end when a recognised file had errors (nothing is stored from such a file).
 * Add `--lang ko` (or run under LANG=ko_KR.UTF-8) for the file's errors in Korean; English otherwise.
 * --holdings and --french import one file for the firm the same way and activate it: a holdings file of a fund
 * the app does not know stands for the --region/--size segment; any French file (size portfolios, factors) is
 * recognised by content. Files are read as bytes and decoded strictly as UTF-8 (lib/data/decode-text.ts).
 * A file with any error imports nothing and exits non-zero, printing every error the importer kept.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { decodeImportText } from "../lib/data/decode-text";
import { parseFrenchFile } from "../lib/data/french-size";
import type { ImportErrorList, ImportResult } from "../lib/data/import-result";
import { importIsharesHoldings } from "../lib/data/ishares-holdings";
import { LOCALES, type Locale } from "../lib/i18n/config";
import { REGIONS, SIZES, type Region, type Size } from "../lib/market/regions";
import { db } from "../lib/db/prisma";
import { isAppError } from "../lib/errors/app-error";
import { cliLocale, cliTranslate, importErrorLines } from "./lib/import-errors";
import { importDirectory } from "./lib/import-dir";
import { importTableLines } from "./lib/import-table";
import { activeDatasetsBySlot } from "../lib/db/dataset-activation";
import { resolveImportFirm, type ImportFirm } from "../lib/db/import-firm";
import { DEMO_FIRM } from "../lib/demo/accounts";
import { formatNumber } from "../lib/i18n/format";
import { importPanelDataset } from "../lib/services/datasets/import-panel";
import { importDataFile, type ImportFileOptions } from "../lib/services/datasets/import-file";

const lang = z.enum(LOCALES).optional();
const holdingsFlags = z.object({ holdings: z.string().min(1), region: z.enum(REGIONS), size: z.enum(SIZES), label: z.string().optional(), firm: z.string().min(1).optional(), lang }).strict();
const frenchFlags = z.object({ french: z.string().min(1), firm: z.string().min(1).optional(), lang }).strict();
const dirFlags = z.object({ dir: z.string().min(1), firm: z.string().min(1).optional(), lang }).strict();
const panelFlags = z.object({ panel: z.string().min(1), label: z.string().trim().min(1), firm: z.string().min(1).optional(), lang }).strict();

function parseFlags(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (!flag.startsWith("--")) throw new Error(`unexpected argument "${flag}"`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith("--")) throw new Error(`flag ${flag} needs a value`);
    out[flag.slice(2)] = value;
    i++;
  }
  return out;
}

/** Prints each error as "FILE: Line N, column "C": …" in `locale`, then the total when the list was cut; exits 1. */
function fail(file: string, list: ImportErrorList, locale: Locale): never {
  for (const line of importErrorLines(file, list, locale)) console.error(line);
  console.error(`${file}: ${cliTranslate(locale)("importList.nothingImported")}`);
  process.exit(1);
}

/**
 * One file for the firm, activated (as --dir does for each file). The file is checked before the database is
 * touched, so a bad file is reported alike on an empty database; then it goes through the same import
 * service as the admin page and --dir.
 */
async function importOne(file: string, check: (text: string) => ImportResult<unknown>, options: ImportFileOptions, firmId: string | undefined, locale: Locale) {
  const bytes = readFileSync(file);
  const text = decodeImportText(bytes);
  if (!text.ok) fail(file, text, locale);
  const checked = check(text.value);
  if (!checked.ok) fail(file, checked, locale);
  const firm = await importFirm(firmId);
  try {
    const imported = await importDataFile({ bytes, fileName: path.basename(file), firmId: firm.id, importedById: firm.actor.id, options, activate: true });
    console.log(`imported "${imported.name}" (${imported.rowCount} rows, ${imported.asOf ?? imported.vintage}) as dataset ${imported.id} for ${firm.name}; active for: ${imported.activated.join(", ") || "no proposal slot"}`);
  } catch (error) {
    if (isAppError(error) && error.importErrors) fail(file, error.importErrors, locale);
    throw error;
  }
}

const checkHoldings = (region: Region, size: Size) => (text: string) => importIsharesHoldings(text, { id: "check", label: "check", source: "check", region, size });

/** The firm --dir and --panel load data for, or an error saying how to name one. */
async function importFirm(firmId: string | undefined): Promise<ImportFirm> {
  const choice = await resolveImportFirm(firmId ?? null, DEMO_FIRM);
  if (choice.ok) return choice.firm;
  const why = {
    no_such_firm: `no firm has the id "${firmId}"`,
    choose_firm: `the database has several firms and none is named "${DEMO_FIRM}": give --firm <id>`,
    no_users: "the firm has no users: a dataset names the user who imported it (npm run db:seed, or add an admin)",
  }[choice.reason];
  throw new Error(`import: ${why}`);
}

async function importDir(dir: string, firmId: string | undefined, locale: Locale) {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`import: ${dir} is not a folder`);
  const firm = await importFirm(firmId);
  const t = cliTranslate(locale);
  const rows = await importDirectory(dir, firm, (file) => process.stderr.write(`… ${file}\n`));
  for (const line of importTableLines(rows, t, locale)) console.log(line);
  const imported = rows.filter((r) => r.outcome.status === "imported").length;
  const failed = rows.filter((r) => r.outcome.status === "error").length;
  const slots = (await activeDatasetsBySlot(firm.id)).size;
  console.log("");
  console.log(t("importTable.summary", { imported: formatNumber(locale, imported), files: formatNumber(locale, rows.length), firm: firm.name, slots: formatNumber(locale, slots) }));
  if (failed > 0) {
    console.error(t("importTable.failed", { count: formatNumber(locale, failed) }));
    process.exitCode = 1;
  }
}

async function importPanel(file: string, label: string, firmId: string | undefined, locale: Locale) {
  const firm = await importFirm(firmId);
  try {
    const panel = await importPanelDataset({ filePath: file, label, firmId: firm.id, importedById: firm.actor.id });
    console.log(`imported panel "${panel.name}" (${panel.rowCount} rows, ${panel.summary.securities} securities, ${panel.summary.firstDate ?? "?"} to ${panel.summary.lastDate ?? "?"}) as dataset ${panel.id} for ${firm.name}`);
  } catch (error) {
    if (isAppError(error) && error.importErrors) fail(file, error.importErrors, locale);
    throw error;
  }
}

async function main() {
  const raw = parseFlags(process.argv.slice(2));
  const schema = "dir" in raw ? dirFlags : "panel" in raw ? panelFlags : "holdings" in raw ? holdingsFlags : "french" in raw ? frenchFlags : null;
  if (!schema) throw new Error("import: give --dir FOLDER, --panel FILE --label L, --holdings FILE --region R --size S, or --french FILE");
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`import: ${parsed.error.issues.map((i) => `--${i.path.join(".") || "flags"}: ${i.message}`).join("; ")}`);
  }
  const flags = parsed.data;
  const locale = cliLocale(flags.lang, process.env);
  if ("dir" in flags) await importDir(flags.dir, flags.firm, locale);
  else if ("panel" in flags) await importPanel(flags.panel, flags.label, flags.firm, locale);
  else if ("holdings" in flags) {
    const { holdings, region, size, label, firm } = flags;
    await importOne(holdings, checkHoldings(region, size), { region, size, ...(label ? { label } : {}) }, firm, locale);
  } else if ("french" in flags) await importOne(flags.french, parseFrenchFile, {}, flags.firm, locale);
}

main()
  .then(() => db.$disconnect())
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    await db.$disconnect();
    process.exit(1);
  });
