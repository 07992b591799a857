import { describe, expect, test } from "vitest";
import { buildPanel } from "@/lib/backtest";
import { encodePanel } from "@/lib/data/panel-blob";
import { generateDemoPanel } from "@/lib/data/synthetic";
import { sizeStudyInputsSchema } from "@/lib/jobs/size-study-inputs";
import { sizeStudyOfBlob, sizeStudySteps } from "@/lib/jobs/size-study-steps";
import { sizeStudy } from "@/lib/services/research/size-study";

describe("size study as steps", () => {
  const panel = buildPanel(generateDemoPanel().filter((r) => r.id < "S0500"));
  const blob = encodePanel(panel);

  test("gives the study of one engine call per mode, from the stored bytes", () => {
    expect(sizeStudyOfBlob(blob, sizeStudyInputsSchema.parse({}))).toEqual(sizeStudy(panel));
  });

  test("reports rising progress strictly between 0 and 1 between its steps", () => {
    const steps = sizeStudySteps(blob, sizeStudyInputsSchema.parse({}));
    const seen: number[] = [];
    for (let next = steps.next(); !next.done; next = steps.next()) seen.push(next.value);
    // Decode, then 19 sweep buckets in groups of 5 (4 groups) for each of the 2 modes, less the last step.
    expect(seen).toHaveLength(1 + 4 * 2 - 1);
    expect(seen.every((p, i) => p > 0 && p < 1 && (i === 0 || p > seen[i - 1]!))).toBe(true);
  });
});
