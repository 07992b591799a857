import type { BenchCase, CaseOutcome } from "./bench-types";

const verdict = (value: number, target: number) => (value < target ? "PASS" : "MISS");

/** The case's lines: each phase's time (with its target and PASS/MISS when it has one), then peak RSS. */
export function formatCase(benchCase: BenchCase, outcome: CaseOutcome): string[] {
  const lines = [`${benchCase.name}: ${benchCase.description}`];
  for (const p of outcome.phases) {
    const target = p.targetMs === undefined ? "" : `target < ${p.targetMs} ms  ${verdict(p.ms, p.targetMs)}`;
    const note = p.note ? `  (${p.note})` : "";
    lines.push(`  ${p.name.padEnd(28)}${`${p.ms.toFixed(1)} ms`.padStart(12)}  ${target}${note}`.trimEnd());
  }
  const rssMb = outcome.maxRssKb / 1024;
  lines.push(
    `  ${"peak RSS (whole process)".padEnd(28)}${`${rssMb.toFixed(0)} MB`.padStart(12)}  target < ${benchCase.maxRssMb} MB  ${verdict(rssMb, benchCase.maxRssMb)}`,
  );
  return lines;
}
