"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import { FormField, inputClass } from "@/components/ui/form-field";
import { ErrorMessage } from "@/components/ui/error-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { importHoldingsAction } from "@/lib/actions/admin/import-holdings";
import type { ActionError } from "@/lib/actions/safe-action";
import { REGIONS, SIZES } from "@/lib/market/regions";
import { MAX_UPLOAD_BYTES } from "@/lib/data/upload-limit";
import { importErrorText, moreImportErrorsText } from "@/components/data/import-error-text";

type Imported = { equityLines: number; otherLines: number; asOf: string | null };

/**
 * The file's bytes as base64, so the server decodes them itself (strict UTF-8) instead of receiving the
 * browser's guess at the text. Converted in 32 KiB chunks: one call with millions of arguments would overflow.
 */
async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Upload of an iShares holdings file; a file with any bad row is refused and its rows are listed. */
export function HoldingsUpload() {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<ActionError | null>(null);
  const [done, setDone] = useState<Imported | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    setDone(null);
    if (file instanceof File && file.size > MAX_UPLOAD_BYTES) {
      setError({ code: "INVALID_INPUT", fieldErrors: { content: ["errors.fileTooLarge"] } });
      return;
    }
    setPending(true);
    const content = file instanceof File && file.size > 0 ? await toBase64(file) : "";
    const result = await importHoldingsAction({
      label: String(data.get("label") ?? ""),
      region: String(data.get("region")) as (typeof REGIONS)[number],
      size: String(data.get("size")) as (typeof SIZES)[number],
      fileName: file instanceof File ? file.name : "",
      content,
    });
    setPending(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setDone(result.data);
    router.refresh();
  }

  const fe = error?.fieldErrors ?? {};
  // The action lists the first errors of a refused file and says how many there were in all.
  const importErrors = error?.importErrors;
  const more = importErrors ? moreImportErrorsText(importErrors.errors.length, importErrors.total, t, locale) : null;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid gap-3 rounded-md bg-gray-50 p-4 sm:grid-cols-4">
      <h3 className="text-sm font-medium sm:col-span-4">{t("admin.uploadTitle")}</h3>
      <FormField id="holdings-file" label={t("admin.file")} errors={fe.content ?? fe.fileName}>
        {(c) => <input {...c} name="file" type="file" accept=".csv,text/csv" className="text-sm" />}
      </FormField>
      <FormField id="holdings-label" label={t("admin.label")} errors={fe.label}>
        {(c) => <input {...c} name="label" placeholder="iShares Russell 2000 (IWM)" className={inputClass} />}
      </FormField>
      <FormField id="holdings-region" label={t("proposal.region")} errors={fe.region}>
        {(c) => (
          <select {...c} name="region" className={inputClass}>
            {REGIONS.map((r) => <option key={r} value={r}>{t(`region.${r}`)}</option>)}
          </select>
        )}
      </FormField>
      <FormField id="holdings-size" label={t("proposal.size")} errors={fe.size}>
        {(c) => (
          <select {...c} name="size" className={inputClass}>
            {SIZES.map((s) => <option key={s} value={s}>{t(`proposal.size.${s}`)}</option>)}
          </select>
        )}
      </FormField>
      <div className="flex items-center gap-3 sm:col-span-4">
        <SubmitButton pending={pending} label={t("admin.import")} pendingLabel={t("admin.importing")} />
        {done && (
          <p role="status" className="text-sm text-emerald-800" data-testid="import-done">
            {t("admin.imported", { equity: done.equityLines, other: done.otherLines, date: done.asOf ?? t("proposal.undated") })}
          </p>
        )}
      </div>
      {error && (
        <div className="sm:col-span-4">
          <ErrorMessage error={error} />
          {importErrors && (
            <ul className="mt-2 list-disc pl-5 text-sm text-red-800" data-testid="import-errors">
              {importErrors.errors.map((e, i) => <li key={i}>{importErrorText(e, t, locale)}</li>)}
              {more && <li>{more}</li>}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}
