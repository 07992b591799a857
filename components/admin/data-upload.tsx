"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import { FormField, inputClass, optionsOf } from "@/components/ui/form-field";
import { ErrorMessage } from "@/components/ui/error-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { importErrorText, moreImportErrorsText } from "@/components/data/import-error-text";
import type { ActionError, ActionResult } from "@/lib/actions/safe-action";
import { MAX_DATA_UPLOAD_BYTES } from "@/lib/data/upload-limit";
import { KRX_MARKETS, KRX_TIERS } from "@/lib/data/krx-index-codes";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import { REGIONS, SIZES } from "@/lib/market/regions";
import type { ImportedFile } from "@/lib/services/datasets/import-file";

/** The optional fields, sent as URL parameters beside the file (the body is the file itself). */
const FIELDS = ["asOf", "market", "tier", "region", "size", "label"] as const;

type Phase = { kind: "idle" } | { kind: "sending"; fraction: number | null } | { kind: "checking" };

/**
 * Sends the file as the request body with XMLHttpRequest, whose upload events give the progress bar (fetch
 * reports none), and resolves with the route's JSON answer, shaped like a server action's result.
 */
function send(file: File, params: URLSearchParams, onPhase: (phase: Phase) => void): Promise<ActionResult<ImportedFile>> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/admin/data/upload?${params.toString()}`);
    xhr.setRequestHeader("Content-Type", file.type || "application/octet-stream");
    xhr.upload.onprogress = (e) => onPhase({ kind: "sending", fraction: e.lengthComputable && e.total > 0 ? e.loaded / e.total : null });
    xhr.upload.onload = () => onPhase({ kind: "checking" });
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText) as ActionResult<ImportedFile>);
      } catch {
        resolve({ ok: false, error: { code: "INTERNAL" } });
      }
    };
    xhr.onerror = () => resolve({ ok: false, error: { code: "INTERNAL" } });
    xhr.send(file);
  });
}

/**
 * Upload of any supported data file: the kind is recognised by the server from the content; a file with any
 * error is refused and its problems listed by row and column; a stored file is not active until activated.
 */
export function DataUpload() {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [error, setError] = useState<ActionError | null>(null);
  const [networkError, setNetworkError] = useState(false);
  const [done, setDone] = useState<ImportedFile | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    setDone(null);
    setNetworkError(false);
    if (!(file instanceof File) || file.size === 0) return setError({ code: "INVALID_INPUT", fieldErrors: { file: ["errors.required"] } });
    if (file.size > MAX_DATA_UPLOAD_BYTES) return setError({ code: "INVALID_INPUT", fieldErrors: { file: ["errors.dataFileTooLarge"] } });
    const params = new URLSearchParams({ fileName: file.name });
    for (const field of FIELDS) {
      const value = String(data.get(field) ?? "").trim();
      if (value !== "") params.set(field, value);
    }
    setError(null);
    setPhase({ kind: "sending", fraction: 0 });
    const result = await send(file, params, setPhase);
    setPhase({ kind: "idle" });
    if (!result.ok) {
      // An answer without a body (the connection dropped) reads as INTERNAL with nothing else: say so plainly.
      setNetworkError(result.error.code === "INTERNAL" && !result.error.importErrors);
      setError(result.error);
      return;
    }
    setDone(result.data);
    router.refresh();
  }

  const fe = error?.fieldErrors ?? {};
  const importErrors = error?.importErrors;
  const more = importErrors ? moreImportErrorsText(importErrors.errors.length, importErrors.total, t, locale) : null;
  const busy = phase.kind !== "idle";
  const maxSize = `${formatNumber(locale, MAX_DATA_UPLOAD_BYTES / (1024 * 1024))} MB`;
  const notGiven = <option value="">{t("adminData.notGiven")}</option>;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-3" data-testid="data-upload">
      <FormField id="data-file" label={t("adminData.file", { size: maxSize })} errors={fe.file ?? fe.fileName} className="sm:col-span-3">
        {(c) => <input {...c} name="file" type="file" className="text-sm" />}
      </FormField>
      <FormField id="data-asOf" label={t("adminData.asOf")} errors={fe.asOf}>
        {(c) => <input {...c} name="asOf" type="date" className={inputClass} />}
      </FormField>
      <FormField id="data-market" label={t("adminData.market")} errors={fe.market}>
        {(c) => (
          <select {...c} name="market" className={inputClass} defaultValue="">
            {notGiven}
            {/* KOSPI and KOSDAQ are the markets' own names, the same in every language. */}
            {optionsOf(KRX_MARKETS, (m) => m)}
          </select>
        )}
      </FormField>
      <FormField id="data-tier" label={t("adminData.tier")} errors={fe.tier}>
        {(c) => (
          <select {...c} name="tier" className={inputClass} defaultValue="">
            {notGiven}
            {optionsOf(KRX_TIERS, (tier) => t(`adminData.tier.${tier}`))}
          </select>
        )}
      </FormField>
      <FormField id="data-region" label={t("adminData.region")} errors={fe.region}>
        {(c) => (
          <select {...c} name="region" className={inputClass} defaultValue="">
            {notGiven}
            {optionsOf(REGIONS, (r) => t(`region.${r}`))}
          </select>
        )}
      </FormField>
      <FormField id="data-size" label={t("adminData.size")} errors={fe.size}>
        {(c) => (
          <select {...c} name="size" className={inputClass} defaultValue="">
            {notGiven}
            {optionsOf(SIZES, (s) => t(`proposal.size.${s}`))}
          </select>
        )}
      </FormField>
      <FormField id="data-label" label={t("adminData.label")} errors={fe.label}>
        {(c) => <input {...c} name="label" maxLength={120} className={inputClass} />}
      </FormField>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-3">
        <SubmitButton pending={busy} label={t("adminData.upload")} pendingLabel={t("admin.importing")} />
        {phase.kind === "sending" && (
          <span className="flex items-center gap-2 text-sm text-gray-700" role="status" data-testid="upload-progress">
            <progress max={1} value={phase.fraction ?? undefined} className="w-40" />
            {t("adminData.uploading", { percent: phase.fraction === null ? "…" : formatPercent(locale, phase.fraction, 0) })}
          </span>
        )}
        {phase.kind === "checking" && (
          <span className="text-sm text-gray-700" role="status">
            {t("adminData.checking")}
          </span>
        )}
        {done && (
          <p role="status" className="text-sm text-emerald-800" data-testid="upload-done">
            {t("adminData.uploaded", { name: done.name, rows: formatNumber(locale, done.rowCount) })}
          </p>
        )}
      </div>
      {error && (
        <div className="sm:col-span-3">
          {networkError ? (
            <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
              {t("adminData.networkError")}
            </p>
          ) : importErrors ? (
            <div role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
              <p className="font-medium">{t("adminData.reportTitle")}</p>
              <ul className="mt-2 list-disc pl-5" data-testid="import-errors">
                {importErrors.errors.map((e, i) => (
                  <li key={i}>{importErrorText(e, t, locale)}</li>
                ))}
                {more && <li>{more}</li>}
              </ul>
            </div>
          ) : (
            <ErrorMessage error={error} />
          )}
        </div>
      )}
    </form>
  );
}
