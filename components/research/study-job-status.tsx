"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import { ErrorMessage } from "@/components/ui/error-message";
import { cancelStudyJobAction, getStudyJobAction } from "@/lib/actions/research/study-jobs";
import type { ActionError } from "@/lib/actions/safe-action";
import { formatPercent } from "@/lib/i18n/format";
import type { StudyJobView } from "@/lib/services/research/panel-study";
import { SizeStudyView } from "./size-study-view";

/** How often an open job is asked for; every app server reads the same row, so any may answer. */
const POLL_MS = 1000;

const isOpen = (job: StudyJobView) => job.status === "queued" || job.status === "running";

/**
 * A background study: its progress and a cancel button while it runs, then its study (or why it has none).
 * A size-effect job's figures are drawn by its server page (the same tables as an inline run), so when one
 * finishes here the page is refreshed and reads the stored result.
 */
export function StudyJobStatus({ initial, cached }: { initial: StudyJobView; cached: boolean }) {
  const { t, locale } = useI18n();
  const [job, setJob] = useState(initial);
  const [error, setError] = useState<ActionError | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const open = isOpen(job);
  const router = useRouter();
  const finishedHere = job.status === "done" && initial.status !== "done" && job.kind === "size-effect";

  useEffect(() => {
    if (finishedHere) router.refresh();
  }, [finishedHere, router]);

  useEffect(() => {
    if (!open) return;
    let stopped = false;
    const timer = setInterval(async () => {
      const result = await getStudyJobAction({ jobId: job.id });
      if (stopped) return;
      if (result.ok) setJob(result.data);
      else setError(result.error);
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [open, job.id]);

  const cancel = async () => {
    setCancelling(true);
    const result = await cancelStudyJobAction({ jobId: job.id });
    setCancelling(false);
    if (result.ok) setJob(result.data);
    else setError(result.error);
  };

  const message = (() => {
    if (job.status === "queued") return t("research.job.queued");
    if (job.status === "running") return job.cancelRequested ? t("research.job.stopping") : t("research.job.running", { percent: formatPercent(locale, job.progress, 0) });
    if (job.status === "cancelled") return t("research.job.cancelled");
    if (job.status === "failed") return t("research.job.failed", { reason: t(`research.jobError.${job.error ?? "engine_error"}`) });
    return cached ? t("research.job.cached") : null;
  })();

  return (
    <div className="space-y-4" data-testid="study-job" data-status={job.status}>
      {open && (
        <div className="flex items-center gap-4">
          <progress className="h-2 w-64" max={1} value={job.progress} aria-label={t("research.progress")} />
          <button
            type="button"
            onClick={() => void cancel()}
            disabled={cancelling || job.cancelRequested}
            className="rounded-md border border-gray-300 px-3 py-1 text-sm disabled:opacity-60"
            data-testid="study-cancel"
          >
            {t("research.cancel")}
          </button>
        </div>
      )}
      {message && (
        <p role="status" className={job.status === "failed" ? "text-sm text-red-800" : "text-sm text-gray-600"}>
          {message}
        </p>
      )}
      <ErrorMessage error={error} />
      {job.status === "done" && job.study && <SizeStudyView study={job.study} />}
    </div>
  );
}
