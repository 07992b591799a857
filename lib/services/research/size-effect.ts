import { buildPanel, type Panel } from "../../backtest";
import { generateDemoPanel } from "../../data/synthetic";
import { decodePanel } from "../../data/panel-blob";
import { findPanelDataset, readPanelBlob } from "../../db/panel-datasets";
import { AppError } from "../../errors/app-error";
import type { StudyExecutor } from "../../jobs/run-job";
import { INLINE_ROW_LIMIT, type StudyJobView } from "./panel-study";
import { DEMO_DATASET, type SizeEffectInputs } from "./size-effect-inputs";
import { sizeEffectJob } from "./size-effect-job";
import { sizeEffectOfPanel, type SizeEffectView } from "./size-effect-run";

// The pure study lives in size-effect-run.ts (the job worker runs it too); its types are the page's.
export type { SeriesFigures, SizeEffectExtremes, SizeEffectResult, SizeEffectRow, SizeEffectRun, SizeEffectView } from "./size-effect-run";
export { runView, sizeEffectOfPanel, sizeEffectOptions } from "./size-effect-run";

export type SizeEffectAnswer =
  /** The figures, computed in the request, or (`job` set) read from a finished background job. */
  | { kind: "ok"; view: SizeEffectView; job?: { view: StudyJobView; cached: boolean } }
  /** The engine refused the inputs on this data (e.g. fewer than two rebalance dates in the period). */
  | { kind: "no_windows" }
  /** A stored panel above the inline limit whose study is queued or running in the background. */
  | { kind: "job"; job: StudyJobView }
  /** A stored panel above the inline limit, no finished job for these inputs, and none was to be started. */
  | { kind: "too_large"; rowCount: number; limit: number };

type Who = { id: string; firmId: string };

// The demo panel is deterministic (fixed seed): built once per server process.
let demoPanel: Panel | null = null;

/**
 * The panel a size-effect study reads: the demo market, or a stored panel of the user's firm.
 * @throws AppError NOT_FOUND for another firm's or a missing dataset (one answer for both)
 */
async function loadPanel(who: Who, dataset: string, inlineRowLimit: number): Promise<Panel | { tooLarge: number }> {
  if (dataset === DEMO_DATASET) {
    demoPanel ??= buildPanel(generateDemoPanel());
    return demoPanel;
  }
  const meta = await findPanelDataset(who.firmId, dataset);
  if (!meta) throw new AppError("NOT_FOUND");
  if (meta.rowCount > inlineRowLimit) return { tooLarge: meta.rowCount };
  const blob = await readPanelBlob(who.firmId, dataset);
  if (!blob) throw new AppError("NOT_FOUND");
  return decodePanel(blob);
}

/**
 * The size-effect page's study: reads the dataset (ownership checked here, where it is read) and runs it
 * inside the request. A stored panel above the inline limit runs as a background job instead (lib/jobs):
 * a finished job with the same dataset, inputs and engine version answers at once (`ok` with `job`); else
 * with `jobs: "start"` (the page) a job is started or joined (`job`), and without it (the CSV download,
 * which does not start work) the answer is `too_large`.
 * @throws AppError NOT_FOUND for another firm's or a missing dataset
 */
export async function loadSizeEffect(
  who: Who,
  inputs: SizeEffectInputs,
  options: { inlineRowLimit?: number; jobs?: "start" | "cached"; execute?: StudyExecutor } = {},
): Promise<SizeEffectAnswer> {
  const limit = options.inlineRowLimit ?? INLINE_ROW_LIMIT;
  const panel = await loadPanel(who, inputs.dataset, limit);
  if ("tooLarge" in panel) {
    const state = await sizeEffectJob(who, inputs, { start: options.jobs === "start", ...(options.execute ? { execute: options.execute } : {}) });
    if (state.kind === "done") return { kind: "ok", view: state.view, job: { view: state.job, cached: true } };
    if (state.kind === "open") return { kind: "job", job: state.job };
    return { kind: "too_large", rowCount: panel.tooLarge, limit };
  }
  try {
    return { kind: "ok", view: sizeEffectOfPanel(panel, inputs) };
  } catch (error) {
    if (error instanceof Error && error.message.startsWith("runSizeBacktest:")) return { kind: "no_windows" };
    throw error;
  }
}
