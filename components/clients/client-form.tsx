"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import { FormField, inputClass } from "@/components/ui/form-field";
import { ErrorMessage } from "@/components/ui/error-message";
import { clientInputSchema, type ClientFormValues } from "@/lib/validation/client";
import { CURRENCIES, HOME_MARKETS } from "@/lib/domain/client";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { REGIONS } from "@/lib/market/regions";
import type { ActionError } from "@/lib/actions/safe-action";
import type { FieldErrors } from "@/lib/errors/app-error";
import { createClientAction } from "@/lib/actions/clients/create-client";
import { updateClientAction } from "@/lib/actions/clients/update-client";

const CURRENT_FIELDS = ["currentUsEquityPct", "currentIntlEquityPct", "currentBondsPct", "currentCashPct"] as const;

/** `edit`: the client being edited and the version the page loaded (a newer save makes this one a CONFLICT). */
type Props = { edit?: { id: string; version: number }; initial?: Partial<ClientFormValues> };

function valuesFrom(form: HTMLFormElement): ClientFormValues {
  const data = new FormData(form);
  const text = (k: string) => String(data.get(k) ?? "");
  return {
    name: text("name"),
    email: text("email"),
    homeMarket: text("homeMarket") as ClientFormValues["homeMarket"],
    riskTolerance: text("riskTolerance"),
    horizonYears: text("horizonYears"),
    investableAssets: text("investableAssets"),
    currency: text("currency") as ClientFormValues["currency"],
    maxFeeBps: text("maxFeeBps"),
    excludedRegions: data.getAll("excludedRegions").map(String) as ClientFormValues["excludedRegions"],
    maxSmallCapSharePct: text("maxSmallCapSharePct"),
    passiveOnly: data.get("passiveOnly") === "on",
    notes: text("notes"),
    currentUsEquityPct: text("currentUsEquityPct"),
    currentIntlEquityPct: text("currentIntlEquityPct"),
    currentBondsPct: text("currentBondsPct"),
    currentCashPct: text("currentCashPct"),
  };
}

/** One form for create and edit; validated here with the action's own schema, and again by the action. */
export function ClientForm({ edit, initial = {} }: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ActionError | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = valuesFrom(event.currentTarget);
    const local = clientInputSchema.safeParse(values);
    if (!local.success) {
      setFieldErrors(fieldErrorsOf(local.error));
      setError({ code: "INVALID_INPUT" });
      return;
    }
    setPending(true);
    const result = edit ? await updateClientAction({ ...edit, values }) : await createClientAction(values);
    setPending(false);
    // On an error the inputs keep what the user typed (they are uncontrolled and nothing re-renders them).
    if (!result.ok) {
      setFieldErrors(result.error.fieldErrors ?? {});
      setError(result.error);
      return;
    }
    router.push(`/clients/${result.data.id}`);
    router.refresh();
  }

  const err = (name: string) => fieldErrors[name];
  const attrs = (name: string) => ({ id: name, name, "aria-invalid": !!fieldErrors[name], "aria-describedby": `${name}-error` });
  const excluded = new Set(initial.excludedRegions ?? []);

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-5 rounded-lg border border-gray-200 bg-white p-6">
      {error?.code === "CONFLICT" ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="action-error">
          {t("clients.conflict")}
        </p>
      ) : (
        <ErrorMessage error={error} />
      )}
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField name="name" label={t("field.name")} errors={err("name")}>
          <input {...attrs("name")} defaultValue={initial.name as string | undefined} className={inputClass} />
        </FormField>
        <FormField name="email" label={t("field.email")} errors={err("email")}>
          <input {...attrs("email")} type="email" defaultValue={(initial.email as string | undefined) ?? ""} className={inputClass} />
        </FormField>
        <FormField name="homeMarket" label={t("field.homeMarket")} errors={err("homeMarket")}>
          <select {...attrs("homeMarket")} defaultValue={(initial.homeMarket as string | undefined) ?? "US"} className={inputClass}>
            {HOME_MARKETS.map((m) => (
              <option key={m} value={m}>{t(`market.${m}`)}</option>
            ))}
          </select>
        </FormField>
        <FormField name="riskTolerance" label={t("field.riskTolerance")} errors={err("riskTolerance")}>
          <select {...attrs("riskTolerance")} defaultValue={String(initial.riskTolerance ?? 3)} className={inputClass}>
            {[1, 2, 3, 4, 5].map((r) => (
              <option key={r} value={r}>{t(`risk.${r as 1 | 2 | 3 | 4 | 5}`)}</option>
            ))}
          </select>
        </FormField>
        <FormField name="horizonYears" label={t("field.horizonYears")} errors={err("horizonYears")}>
          <input {...attrs("horizonYears")} inputMode="numeric" defaultValue={String(initial.horizonYears ?? 10)} className={inputClass} />
        </FormField>
        <div className="grid grid-cols-3 gap-3">
          <div className="col-span-2">
            <FormField name="investableAssets" label={t("field.investableAssets")} errors={err("investableAssets")}>
              <input {...attrs("investableAssets")} inputMode="decimal" defaultValue={initial.investableAssets === undefined ? "" : String(initial.investableAssets)} className={inputClass} />
            </FormField>
          </div>
          <FormField name="currency" label={t("field.currency")} errors={err("currency")}>
            <select {...attrs("currency")} defaultValue={(initial.currency as string | undefined) ?? "USD"} className={inputClass}>
              {CURRENCIES.map((c) => (
                <option key={c} value={c}>{c}</option>
              ))}
            </select>
          </FormField>
        </div>
      </div>
      <fieldset className="grid gap-5 border-t border-gray-100 pt-5 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-gray-900">{t("clients.constraints")}</legend>
        <FormField name="maxFeeBps" label={t("field.maxFeeBps")} errors={err("maxFeeBps")}>
          <input {...attrs("maxFeeBps")} inputMode="numeric" defaultValue={initial.maxFeeBps === undefined || initial.maxFeeBps === null ? "" : String(initial.maxFeeBps)} className={inputClass} />
        </FormField>
        <FormField name="maxSmallCapSharePct" label={t("field.maxSmallCapShare")} errors={err("maxSmallCapSharePct")}>
          <input {...attrs("maxSmallCapSharePct")} inputMode="decimal" defaultValue={initial.maxSmallCapSharePct === undefined || initial.maxSmallCapSharePct === null ? "" : String(initial.maxSmallCapSharePct)} className={inputClass} />
        </FormField>
        <FormField name="excludedRegions" label={t("field.excludedRegions")} errors={err("excludedRegions")}>
          <div className="flex flex-wrap gap-3">
            {REGIONS.map((r) => (
              <label key={r} className="flex items-center gap-1 text-sm">
                <input type="checkbox" name="excludedRegions" value={r} defaultChecked={excluded.has(r)} />
                {t(`region.${r}`)}
              </label>
            ))}
          </div>
        </FormField>
        <label className="flex items-center gap-2 self-end text-sm font-medium text-gray-700">
          <input type="checkbox" name="passiveOnly" defaultChecked={initial.passiveOnly === true} />
          {t("field.passiveOnly")}
        </label>
      </fieldset>
      <fieldset className="border-t border-gray-100 pt-5">
        <legend className="mb-2 text-sm font-semibold text-gray-900">{t("field.currentAllocation")}</legend>
        <div className="grid gap-3 sm:grid-cols-4">
          {CURRENT_FIELDS.map((name) => (
            <FormField key={name} name={name} label={t(`field.${name}`)} errors={err(name)}>
              <input {...attrs(name)} inputMode="decimal" defaultValue={initial[name] === undefined ? "" : String(initial[name])} className={inputClass} />
            </FormField>
          ))}
        </div>
      </fieldset>
      <FormField name="notes" label={t("field.notes")} errors={err("notes")}>
        <textarea {...attrs("notes")} rows={3} defaultValue={(initial.notes as string | undefined) ?? ""} className={inputClass} />
      </FormField>
      <div className="flex gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-blue-600 px-4 py-2 text-sm font-medium text-white hover:bg-blue-700 disabled:opacity-60">
          {pending ? t("common.saving") : t("common.save")}
        </button>
        <button type="button" onClick={() => router.back()} className="rounded-md border border-gray-300 px-4 py-2 text-sm">
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
