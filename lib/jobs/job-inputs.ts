import { z } from "zod";
import { sizeEffectJobInputsSchema, type SizeEffectJobInputs } from "./size-effect-job-inputs";
import { sizeStudyInputsSchema, type SizeStudyInputs } from "./size-study-inputs";

/**
 * What a BacktestJob row's `inputs` may hold: a size study's (no `kind`: the rows written before size-effect
 * jobs existed) or a size-effect study's (`kind: "size-effect"`). Both schemas are strict, so one row parses
 * as exactly one of them.
 */
export const jobInputsSchema = z.union([sizeStudyInputsSchema, sizeEffectJobInputsSchema]);

export type JobInputs = SizeStudyInputs | SizeEffectJobInputs;

export const isSizeEffectJob = (inputs: JobInputs): inputs is SizeEffectJobInputs => "kind" in inputs && inputs.kind === "size-effect";
