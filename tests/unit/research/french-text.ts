import { DECILE_COLUMNS } from "@/lib/research/decile-sections";

/**
 * A Portfolios_Formed_on_ME-shaped CSV for tests: sections of the ten decile columns, one row per month,
 * values in percent as French prints them. `rows[month]` lists the ten deciles' values, smallest first.
 */
export function frenchText(sections: { title: string; rows: Record<string, readonly number[]> }[], vintage = "202602"): string {
  const lines = [`This file was created using the ${vintage} CRSP database.`, ""];
  for (const s of sections) {
    lines.push(`  ${s.title}`, `,${DECILE_COLUMNS.join(",")}`);
    for (const [month, values] of Object.entries(s.rows)) lines.push(`${month.replace("-", "")},${values.map((v) => v.toFixed(2)).join(",")}`);
    lines.push("", "");
  }
  return lines.join("\n");
}

/** Ten values: `small` for Lo 10, `large` for Hi 10, `middle` for the eight between. */
export const row = (small: number, middle: number, large: number): number[] => [small, ...Array<number>(8).fill(middle), large];
