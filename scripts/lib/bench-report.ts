import type { BenchCase, CaseOutcome } from "./bench-types";

/** A ratio meets its target when equal to it ("no slower than"); times and sizes must stay below theirs. */
const verdict = (value: number, target: number, unit = "ms") => ((unit === "×" ? value <= target : value < target) ? "PASS" : "MISS");

function figure(value: number, unit: string): string {
  if (Number.isNaN(value)) return "n/a";
  if (unit === "") return value.toExponential(1);
  if (unit === "×") return `${value.toFixed(2)} ×`;
  return `${value.toFixed(unit === "MB" ? 0 : 1)} ${unit}`;
}

/** The case's lines: each phase's time (with its target and PASS/MISS when it has one), then peak RSS. */
export function formatCase(benchCase: BenchCase, outcome: CaseOutcome): string[] {
  const lines = [`${benchCase.name}: ${benchCase.description}`];
  for (const p of outcome.phases) {
    const unit = p.unit ?? "ms";
    const target = p.targetMs === undefined ? "" : `target ${unit === "×" ? "≤" : "<"} ${p.targetMs}${unit === "" ? "" : ` ${unit}`}  ${verdict(p.ms, p.targetMs, unit)}`;
    const note = p.note ? `  (${p.note})` : "";
    lines.push(`  ${p.name.padEnd(30)}${figure(p.ms, unit).padStart(12)}  ${target}${note}`.trimEnd());
  }
  const rssMb = outcome.maxRssKb / 1024;
  lines.push(
    `  ${"peak RSS (whole process)".padEnd(30)}${`${rssMb.toFixed(0)} MB`.padStart(12)}  target < ${benchCase.maxRssMb} MB  ${verdict(rssMb, benchCase.maxRssMb)}`,
  );
  return lines;
}
