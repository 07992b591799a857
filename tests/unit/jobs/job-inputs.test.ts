import { describe, expect, test } from "vitest";
import { isSizeEffectJob, jobInputsSchema } from "@/lib/jobs/job-inputs";
import { SIZE_EFFECT_ENGINE_VERSION, sizeEffectInputsOfJob, sizeEffectJobInputs } from "@/lib/jobs/size-effect-job-inputs";
import { SIZE_STUDY_ENGINE_VERSION, sizeStudyCacheKey, sizeStudyInputsSchema } from "@/lib/jobs/size-study-inputs";
import { DEFAULT_SIZE_EFFECT_INPUTS, type SizeEffectInputs } from "@/lib/services/research/size-effect-inputs";

describe("job inputs: size studies as before, size-effect studies by their kind", () => {
  test("a row written before size-effect jobs existed parses to the same inputs and the same cache key", () => {
    for (const raw of [{}, { costBps: 25 }, { rebalanceMonth: 6, includePreferred: true }]) {
      const read = jobInputsSchema.parse(raw);
      expect(isSizeEffectJob(read)).toBe(false);
      expect(read).toEqual(sizeStudyInputsSchema.parse(raw));
      expect(sizeStudyCacheKey("d1", read)).toBe(sizeStudyCacheKey("d1", sizeStudyInputsSchema.parse(raw)));
    }
  });

  test("a size-effect study's inputs go through the row and back unchanged, without the dataset", () => {
    const inputs: SizeEffectInputs = {
      ...DEFAULT_SIZE_EFFECT_INPUTS,
      dataset: "cdataset",
      rebalanceMonth: "every",
      buckets: { kind: "custom", buckets: [{ kind: "percentile", from: 0, to: 0.1 }, { kind: "rank", fromRank: 301, toRank: null }] },
      period: { from: "2001-01", to: null },
      filter: { maxHoldings: 50 },
      costBps: [10, 40],
    };
    const row = JSON.parse(JSON.stringify(sizeEffectJobInputs(inputs))) as unknown;
    expect(row).not.toHaveProperty("dataset");
    const read = jobInputsSchema.parse(row);
    if (!isSizeEffectJob(read)) throw new Error("read back as a size study");
    expect(sizeEffectInputsOfJob("cdataset", read)).toEqual(inputs);
  });

  test("the two kinds never share a cache key, and a size study's inputs with a stray field are refused", () => {
    const effect = sizeEffectJobInputs({ ...DEFAULT_SIZE_EFFECT_INPUTS, dataset: "d1" });
    expect(sizeStudyCacheKey("d1", effect, SIZE_EFFECT_ENGINE_VERSION)).not.toBe(sizeStudyCacheKey("d1", sizeStudyInputsSchema.parse({}), SIZE_STUDY_ENGINE_VERSION));
    expect(jobInputsSchema.safeParse({ costBps: 5, kind: "other" }).success).toBe(false);
  });
});
