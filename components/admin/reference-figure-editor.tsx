"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import { FormField, inputClass } from "@/components/ui/form-field";
import { ErrorMessage } from "@/components/ui/error-message";
import { SubmitButton, primaryButtonClass } from "@/components/ui/submit-button";
import { resetReferenceFigureAction, updateReferenceFigureAction } from "@/lib/actions/admin/update-reference-figure";
import type { ActionError } from "@/lib/actions/safe-action";
import type { FieldErrors } from "@/lib/errors/app-error";
import type { ReferenceFigure } from "@/lib/metrics/reference-figures";
import { referenceLabel, referenceSource, referenceValue } from "@/components/proposal/reference-value";

const COMPARATORS: readonly ReferenceFigure["comparator"][] = ["eq", "approx", "gt", "lt"];

/** One editable reference figure: a summary row that opens a form validated by the action's schema. */
export function ReferenceFigureEditor({ figure, overridden }: { figure: ReferenceFigure; overridden: boolean }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<ActionError | null>(null);

  async function onReset() {
    const result = await resetReferenceFigureAction({ key: figure.key });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    router.refresh();
  }

  return (
    <li className="py-3" data-testid={`figure-${figure.key}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <div>
          <p className="font-medium">{referenceLabel(figure, locale)}</p>
          <p className="text-xs text-gray-600">
            {referenceSource(figure, locale)}
            {overridden && <span className="ml-2 rounded bg-blue-50 px-1.5 text-blue-800" data-testid="figure-overridden">{t("admin.figureOverridden")}</span>}
          </p>
        </div>
        <div className="flex items-center gap-3">
          <span className="tabular-nums">{referenceValue(figure, t, locale)}</span>
          {overridden && (
            <button type="button" className="text-sm text-blue-700 hover:underline" onClick={onReset}>
              {t("admin.figureReset")}
            </button>
          )}
          <button type="button" className="text-sm text-blue-700 hover:underline" onClick={() => setOpen(!open)}>
            {open ? t("common.cancel") : t("common.edit")}
          </button>
        </div>
      </div>
      {!open && <ErrorMessage error={error} />}
      {open && <ReferenceFigureForm figure={figure} onSaved={() => setOpen(false)} />}
    </li>
  );
}

/** The edit form of one figure; every label comes from the catalog. */
export function ReferenceFigureForm({ figure, onSaved }: { figure: ReferenceFigure; onSaved: () => void }) {
  const { t } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<ActionError | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const num = (k: string) => (data.get(k) === "" ? undefined : Number(data.get(k)));
    const text = (k: string) => String(data.get(k) ?? "");
    const comparator = COMPARATORS.find((c) => c === text("comparator")) ?? figure.comparator;
    setPending(true);
    const result = await updateReferenceFigureAction({
      ...figure,
      label: text("label"),
      labelKo: text("labelKo"),
      value: num("value") ?? Number.NaN,
      valueHigh: num("valueHigh"),
      comparator,
      source: text("source"),
      asOf: text("asOf"),
      note: text("note") || undefined,
    });
    setPending(false);
    if (!result.ok) {
      setError(result.error);
      setFieldErrors(result.error.fieldErrors ?? {});
      return;
    }
    setError(null);
    setFieldErrors({});
    onSaved();
    router.refresh();
  }

  const f = (name: keyof ReferenceFigure) => `${figure.key}-${name}`;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 grid gap-3 rounded-md bg-gray-50 p-4 sm:grid-cols-2">
      <div className="sm:col-span-2"><ErrorMessage error={error} /></div>
      <FormField id={f("label")} label={t("admin.labelEn")} errors={fieldErrors.label}>
        {(c) => <input {...c} name="label" defaultValue={figure.label} className={inputClass} />}
      </FormField>
      <FormField id={f("labelKo")} label={t("admin.labelKo")} errors={fieldErrors.labelKo}>
        {(c) => <input {...c} name="labelKo" defaultValue={figure.labelKo} className={inputClass} />}
      </FormField>
      <FormField id={f("value")} label={t(`admin.valueLabel.${figure.unit}`)} errors={fieldErrors.value}>
        {(c) => <input {...c} name="value" inputMode="decimal" defaultValue={figure.value} className={inputClass} />}
      </FormField>
      <FormField id={f("valueHigh")} label={t("admin.valueHigh")} errors={fieldErrors.valueHigh}>
        {(c) => <input {...c} name="valueHigh" inputMode="decimal" defaultValue={figure.valueHigh ?? ""} className={inputClass} />}
      </FormField>
      <FormField id={f("comparator")} label={t("admin.comparator")} errors={fieldErrors.comparator}>
        {(c) => (
          <select {...c} name="comparator" defaultValue={figure.comparator} className={inputClass}>
            {COMPARATORS.map((cmp) => <option key={cmp} value={cmp}>{t(`admin.comparator.${cmp}`)}</option>)}
          </select>
        )}
      </FormField>
      <FormField id={f("asOf")} label={t("admin.asOf")} errors={fieldErrors.asOf}>
        {(c) => <input {...c} name="asOf" type="date" defaultValue={figure.asOf} className={inputClass} />}
      </FormField>
      <FormField id={f("source")} label={t("admin.source")} errors={fieldErrors.source} className="sm:col-span-2">
        {(c) => <input {...c} name="source" defaultValue={figure.source} className={inputClass} />}
      </FormField>
      <FormField id={f("note")} label={t("admin.note")} errors={fieldErrors.note} className="sm:col-span-2">
        {(c) => <input {...c} name="note" defaultValue={figure.note ?? ""} className={inputClass} />}
      </FormField>
      <SubmitButton pending={pending} label={t("common.save")} pendingLabel={t("common.saving")} className={`w-fit ${primaryButtonClass}`} />
    </form>
  );
}
