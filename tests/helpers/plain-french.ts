/**
 * An independent reading of French's CSVs and of the decile statistics, for tests: a plain line split (not the
 * app's importer) and plain loops with other methods than lib/backtest/stats.ts (CAGR from a sum of logs,
 * variance from sums of squares about the mean), so a test comparing the two checks the formulas, not a copy.
 */

/** The monthly rows of the section whose title line contains `title`: month (YYYY-MM) → column → decimal. */
export function plainSection(text: string, title: string): { months: string[]; column: (name: string) => number[] } {
  const lines = text.split(/\r?\n/);
  const at = lines.findIndex((l) => l.includes(title));
  if (at < 0) throw new Error(`plainSection: no "${title}"`);
  const header = (lines[at + 1] ?? "").split(",").map((c) => c.trim());
  const rows: string[][] = [];
  for (let i = at + 2; i < lines.length && (lines[i] ?? "").trim() !== ""; i++) rows.push((lines[i] ?? "").split(",").map((c) => c.trim()));
  const months = rows.map((r) => `${r[0]!.slice(0, 4)}-${r[0]!.slice(4, 6)}`);
  return { months, column: (name) => rows.map((r) => Number(r[header.indexOf(name)]) / 100) };
}

/** The monthly table of a factor file without a title (F-F_Research_Data_Factors): the first header line, six-digit rows. */
export function plainFactors(text: string): { months: string[]; column: (name: string) => number[] } {
  const lines = text.split(/\r?\n/);
  const at = lines.findIndex((l) => l.trim().startsWith(","));
  const header = (lines[at] ?? "").split(",").map((c) => c.trim());
  const rows: string[][] = [];
  for (let i = at + 1; i < lines.length && /^\s*\d{6}\s*,/.test(lines[i] ?? ""); i++) rows.push((lines[i] ?? "").split(",").map((c) => c.trim()));
  const months = rows.map((r) => `${r[0]!.slice(0, 4)}-${r[0]!.slice(4, 6)}`);
  return { months, column: (name) => rows.map((r) => Number(r[header.indexOf(name)]) / 100) };
}

export function plainCagr(r: readonly number[]): number {
  let logs = 0;
  for (const x of r) logs += Math.log1p(x);
  return Math.expm1((logs * 12) / r.length);
}

export function plainStdev(r: readonly number[]): number {
  let sum = 0;
  for (const x of r) sum += x;
  const mean = sum / r.length;
  let squares = 0;
  for (const x of r) squares += (x - mean) * (x - mean);
  return Math.sqrt(squares / (r.length - 1));
}

export function plainMean(r: readonly number[]): number {
  let sum = 0;
  for (const x of r) sum += x;
  return sum / r.length;
}

/** Sharpe of monthly returns over a monthly bill rate: mean excess × 12 ÷ (stdev of excess × √12). */
export function plainSharpe(r: readonly number[], rf: readonly number[]): number {
  const excess = r.map((x, i) => x - (rf[i] ?? 0));
  return (plainMean(excess) * 12) / (plainStdev(excess) * Math.sqrt(12));
}
