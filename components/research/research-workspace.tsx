"use client";

import { useState } from "react";
import { Card } from "@tremor/react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { ErrorMessage } from "@/components/ui/error-message";
import { FormField, inputClass, optionsOf } from "@/components/ui/form-field";
import { runPanelStudyAction } from "@/lib/actions/research/run-panel-study";
import type { ActionError } from "@/lib/actions/safe-action";
import { formatDate, formatMonthName, formatNumber } from "@/lib/i18n/format";
import type { StudyAnswer } from "@/lib/services/research/panel-study";
import type { SizeStudyView as Study } from "@/lib/services/research/size-study";
import { SizeStudyView } from "./size-study-view";
import { StudyJobStatus } from "./study-job-status";

/** A stored panel as the data-set choice lists it (plain JSON from the page). */
export type PanelChoice = { id: string; name: string; fileName: string | null; rowCount: number; securities: number; firstDate: string | null; lastDate: string | null };

type Inputs = { rebalanceMonth: number; costBps: string; includePreferred: boolean };

const DEMO = "demo";
const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/**
 * The research page's body: choose the demo market (its study computed on the server) or one of the firm's
 * stored panels, set the study's options and run it; a small panel's study comes back with the answer, a
 * large one's as a background job whose progress is polled (StudyJobStatus) until its study is ready.
 */
export function ResearchWorkspace({ demo, panels, inlineRowLimit }: { demo: Study; panels: PanelChoice[]; inlineRowLimit: number }) {
  const { t, locale } = useI18n();
  const [selected, setSelected] = useState<string>(DEMO);
  const [inputs, setInputs] = useState<Inputs>({ rebalanceMonth: 5, costBps: "0", includePreferred: false });
  const [answer, setAnswer] = useState<StudyAnswer | null>(null);
  const [error, setError] = useState<ActionError | null>(null);
  const [pending, setPending] = useState(false);
  const panel = panels.find((p) => p.id === selected) ?? null;
  const day = (d: string | null) => (d ? formatDate(locale, d) : "—");
  const fieldErrors = error?.fieldErrors ?? {};

  const choose = (id: string) => {
    setSelected(id);
    setAnswer(null);
    setError(null);
  };

  const run = async () => {
    if (!panel) return;
    setPending(true);
    setError(null);
    const cost = inputs.costBps.trim() === "" ? Number.NaN : Number(inputs.costBps);
    const result = await runPanelStudyAction({ datasetId: panel.id, inputs: { rebalanceMonth: inputs.rebalanceMonth, costBps: cost, includePreferred: inputs.includePreferred } });
    setPending(false);
    if (result.ok) setAnswer(result.data);
    else setError(result.error);
  };

  return (
    <div className="space-y-6">
      <Card>
        <form
          className="grid gap-4 md:grid-cols-2 xl:grid-cols-4"
          aria-label={t("research.settings")}
          aria-busy={pending}
          onSubmit={(e) => {
            e.preventDefault();
            void run();
          }}
        >
          <FormField id="research-dataset" label={t("research.dataset")} className="md:col-span-2">
            {(c) => (
              <select {...c} name="dataset" className={inputClass} value={selected} onChange={(e) => choose(e.target.value)} data-testid="research-dataset">
                <option value={DEMO}>{t("research.demoMarket")}</option>
                {panels.map((p) => (
                  <option key={p.id} value={p.id}>
                    {t("research.panelOption", { name: p.name, rows: formatNumber(locale, p.rowCount), from: day(p.firstDate), to: day(p.lastDate) })}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {panel && (
            <>
              <FormField id="research-month" label={t("research.rebalanceMonth")} errors={fieldErrors["inputs.rebalanceMonth"]}>
                {(c) => (
                  <select {...c} name="rebalanceMonth" className={inputClass} value={inputs.rebalanceMonth} onChange={(e) => setInputs({ ...inputs, rebalanceMonth: Number(e.target.value) })}>
                    {optionsOf(MONTHS, (m) => formatMonthName(locale, m))}
                  </select>
                )}
              </FormField>
              <FormField id="research-cost" label={t("research.costBps")} errors={fieldErrors["inputs.costBps"]}>
                {(c) => <input {...c} name="costBps" inputMode="decimal" className={inputClass} value={inputs.costBps} onChange={(e) => setInputs({ ...inputs, costBps: e.target.value })} />}
              </FormField>
              <label className="flex items-center gap-2 text-sm md:col-span-2">
                <input type="checkbox" name="includePreferred" checked={inputs.includePreferred} onChange={(e) => setInputs({ ...inputs, includePreferred: e.target.checked })} />
                {t("research.includePreferred")}
              </label>
              <div className="flex items-end md:col-span-2 md:justify-end">
                <button type="submit" disabled={pending} className="rounded-md bg-blue-600 px-4 py-2 text-sm font-medium text-white disabled:opacity-60" data-testid="research-run">
                  {pending ? t("research.runningInline") : t("research.run")}
                </button>
              </div>
            </>
          )}
        </form>
        <p className="mt-3 text-xs text-gray-500">
          {panels.length === 0 ? t("research.noPanels") : t("research.backgroundNote", { rows: formatNumber(locale, inlineRowLimit) })}
        </p>
      </Card>
      <ErrorMessage error={error} />

      {panel === null ? (
        <>
          <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900" data-testid="synthetic-label">
            {t("research.synthetic")}
          </p>
          <SizeStudyView study={demo} />
        </>
      ) : (
        <>
          <p className="text-sm text-gray-600" data-testid="panel-source">
            {t("research.panelSource", { name: panel.name, file: panel.fileName ?? "—", securities: formatNumber(locale, panel.securities), from: day(panel.firstDate), to: day(panel.lastDate) })}
          </p>
          {answer?.kind === "inline" && <SizeStudyView study={answer.study} />}
          {answer?.kind === "inline_failed" && (
            <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
              {t("research.job.failed", { reason: t(`research.jobError.${answer.error}`) })}
            </p>
          )}
          {answer?.kind === "job" && <StudyJobStatus key={answer.job.id} initial={answer.job} cached={answer.cached} />}
        </>
      )}
    </div>
  );
}
