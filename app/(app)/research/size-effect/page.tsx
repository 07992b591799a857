import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@tremor/react";
import { requireUser } from "@/lib/auth/session";
import { listPanelDatasets } from "@/lib/db/panel-datasets";
import { isAppError } from "@/lib/errors/app-error";
import { getTranslator } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/i18n/format";
import { loadSizeEffect, type SizeEffectAnswer } from "@/lib/services/research/size-effect";
import { PageHeader } from "@/components/ui/page-header";
import { ResearchNav } from "@/components/research-lab/research-nav";
import { MethodNotes } from "@/components/research-lab/method-notes";
import { SizeEffectForm } from "@/components/research-size/size-effect-form";
import { SizeEffectTable } from "@/components/research-size/size-effect-table";
import { SizeEffectCharts } from "@/components/research-size/size-effect-charts";
import { bucketText } from "@/components/research-size/bucket-text";
import { StudyJobStatus } from "@/components/research/study-job-status";
import { bucketKey, parseSizeEffectQuery, serialiseSizeEffectQuery } from "./size-effect-query";

type Props = { searchParams?: Promise<Record<string, string | string[] | undefined>> };

/**
 * The size-effect study on the demo market or one of the firm's stored panels, every input in the address.
 * A dataset id that is not the firm's is the 404 page, as a missing one is (checked where the panel is read).
 */
export default async function SizeEffectPage({ searchParams }: Props) {
  const user = await requireUser();
  const { t, locale } = await getTranslator(user.locale);
  const { inputs, ignored } = parseSizeEffectQuery((await searchParams) ?? {});
  let answer: SizeEffectAnswer;
  try {
    // A stored panel above the inline limit is studied by a background job (or read from its cache).
    answer = await loadSizeEffect(user, inputs, { jobs: "start" });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const datasets = (await listPanelDatasets(user.firmId)).map((d) => ({ id: d.id, name: d.name }));
  const query = new URLSearchParams(serialiseSizeEffectQuery(inputs)).toString();
  const datasetName = inputs.dataset === "demo" ? t("researchSize.form.demo") : (datasets.find((d) => d.id === inputs.dataset)?.name ?? "");
  const customText = inputs.buckets.kind === "custom" ? inputs.buckets.buckets.map(bucketKey).join(",") : "";

  return (
    <>
      <PageHeader title={t("researchSize.title")} subtitle={t("researchSize.subtitle")} />
      <ResearchNav t={t} current="sizeEffect" />
      <SizeEffectForm t={t} inputs={inputs} datasets={datasets} customText={customText} costText={inputs.costBps.join(",")} ignored={ignored} />
      {answer.kind === "too_large" && (
        <div role="status" className="mb-6 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900" data-testid="size-effect-too-large">
          <p>{t("researchSize.tooLargeBody", { rows: formatNumber(locale, answer.rowCount), limit: formatNumber(locale, answer.limit) })}</p>
          <Link href="/research" className="mt-2 inline-block text-blue-700 hover:underline">{t("researchSize.tooLargeLink")}</Link>
        </div>
      )}
      {(answer.kind === "job" || (answer.kind === "ok" && answer.job)) && (
        <div className="mb-6" data-testid="size-effect-job">
          {answer.kind === "job" ? (
            <StudyJobStatus key={answer.job.id} initial={answer.job} cached={false} />
          ) : (
            answer.job && <StudyJobStatus key={`${answer.job.view.id}:done`} initial={answer.job.view} cached={answer.job.cached} />
          )}
        </div>
      )}
      {answer.kind === "no_windows" && (
        <p role="status" className="mb-6 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900" data-testid="size-effect-no-windows">{t("researchSize.noWindows")}</p>
      )}
      {answer.kind === "ok" && (() => {
        const { view } = answer;
        const labels = view.buckets.map((b) => bucketText(t, b));
        const dates = view.result.rebalanceDates;
        const caption = t("researchSize.caption", { dataset: datasetName, from: dates[0] ?? "—", to: dates.at(-1) ?? "—", windows: formatNumber(locale, view.result.windowEnds.length) });
        return (
          <div className="mb-6 space-y-6">
            <Card>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="font-medium">{view.baseline ? t("researchSize.tableAdjusted") : t("researchSize.table")}</h2>
                <a href={`/research/size-effect/results.csv${query ? `?${query}` : ""}`} className="text-sm text-blue-700 hover:underline" data-testid="size-effect-csv">{t("researchSize.download")}</a>
              </div>
              <p className="mb-2 text-xs text-gray-500">{caption}</p>
              <SizeEffectTable t={t} locale={locale} run={view.result} caption={t("researchSize.table")} testId="size-effect-table" />
            </Card>
            {view.baseline && (
              <Card>
                <h2 className="font-medium">{t("researchSize.tableBaseline")}</h2>
                <p className="mb-2 text-xs text-gray-500">{caption}</p>
                <SizeEffectTable t={t} locale={locale} run={view.baseline} caption={t("researchSize.tableBaseline")} testId="size-effect-baseline-table" />
              </Card>
            )}
            <SizeEffectCharts run={view.result} baseline={view.baseline} labels={labels} weightings={inputs.weightings} caption={caption} />
          </div>
        );
      })()}
      <MethodNotes t={t} keys={["researchSize.method.buckets", "researchSize.method.survivorship", "researchSize.method.cagr", "researchSize.method.volatility", "researchSize.method.sharpe", "researchSize.method.returnRisk", "researchSize.method.excess", "researchSize.method.costs"]} />
    </>
  );
}
