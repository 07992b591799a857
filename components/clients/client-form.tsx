"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import { FormField, FormFieldset, inputClass, optionsOf } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ErrorMessage } from "@/components/ui/error-message";
import type { ClientFormFields } from "@/lib/validation/client";
import { BLANK_CLIENT_FORM } from "@/lib/validation/client-form-blank";
import { CURRENCIES, HOME_MARKETS, RISK_LEVELS } from "@/lib/domain/client";
import { errorsAt, fieldErrorsOf, fieldErrorsWithin } from "@/lib/validation/field-errors";
import { REGIONS } from "@/lib/market/regions";
import type { ActionError } from "@/lib/actions/safe-action";
import type { FieldErrors } from "@/lib/errors/app-error";
import { createClientAction } from "@/lib/actions/clients/create-client";
import { updateClientAction } from "@/lib/actions/clients/update-client";

const CURRENT_FIELDS = ["currentUsEquityPct", "currentIntlEquityPct", "currentBondsPct", "currentCashPct"] as const;

/**
 * `edit`: the client being edited and the version the page loaded (a newer save makes this one a CONFLICT).
 * `initial`: the stored client as form values (clientFormFieldsOf); a new client starts blank.
 */
type Props = { edit?: { id: string; version: number }; initial?: ClientFormFields };

function valuesFrom(form: HTMLFormElement): ClientFormFields {
  const data = new FormData(form);
  const text = (k: keyof ClientFormFields) => String(data.get(k) ?? "");
  return {
    name: text("name"),
    email: text("email"),
    homeMarket: text("homeMarket") as ClientFormFields["homeMarket"],
    riskTolerance: text("riskTolerance"),
    horizonYears: text("horizonYears"),
    investableAssets: text("investableAssets"),
    currency: text("currency") as ClientFormFields["currency"],
    maxFeeBps: text("maxFeeBps"),
    excludedRegions: data.getAll("excludedRegions").map(String) as ClientFormFields["excludedRegions"],
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
export function ClientForm({ edit, initial = BLANK_CLIENT_FORM }: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ActionError | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = valuesFrom(event.currentTarget);
    // The schema (and zod with it) is loaded on the first submit, not with the page: it is only needed then.
    const { clientInputSchema } = await import("@/lib/validation/client");
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
      // The update action takes the form's values as `values`: its field errors are `values.<field>`.
      setFieldErrors(edit ? fieldErrorsWithin(result.error.fieldErrors, "values") : (result.error.fieldErrors ?? {}));
      setError(result.error);
      return;
    }
    router.push(`/clients/${result.data.id}`);
    router.refresh();
  }

  const err = (name: keyof ClientFormFields) => errorsAt(fieldErrors, name);
  const excluded = new Set(initial.excludedRegions);

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
        <FormField id="name" label={t("field.name")} errors={err("name")}>
          {(c) => <input {...c} name="name" defaultValue={initial.name} className={inputClass} />}
        </FormField>
        <FormField id="email" label={t("field.email")} errors={err("email")}>
          {(c) => <input {...c} name="email" type="email" defaultValue={initial.email} className={inputClass} />}
        </FormField>
        <FormField id="homeMarket" label={t("field.homeMarket")} errors={err("homeMarket")}>
          {(c) => <select {...c} name="homeMarket" defaultValue={initial.homeMarket} className={inputClass}>{optionsOf(HOME_MARKETS, (m) => t(`market.${m}`))}</select>}
        </FormField>
        <FormField id="riskTolerance" label={t("field.riskTolerance")} errors={err("riskTolerance")}>
          {(c) => <select {...c} name="riskTolerance" defaultValue={initial.riskTolerance} className={inputClass}>{optionsOf(RISK_LEVELS, (r) => t(`risk.${r}`))}</select>}
        </FormField>
        <FormField id="horizonYears" label={t("field.horizonYears")} errors={err("horizonYears")}>
          {(c) => <input {...c} name="horizonYears" inputMode="numeric" defaultValue={initial.horizonYears} className={inputClass} />}
        </FormField>
        <div className="grid grid-cols-3 gap-3">
          <FormField id="investableAssets" label={t("field.investableAssets")} errors={err("investableAssets")} className="col-span-2">
            {(c) => <input {...c} name="investableAssets" inputMode="decimal" defaultValue={initial.investableAssets} className={inputClass} />}
          </FormField>
          <FormField id="currency" label={t("field.currency")} errors={err("currency")}>
            {(c) => <select {...c} name="currency" defaultValue={initial.currency} className={inputClass}>{optionsOf(CURRENCIES, (cur) => cur)}</select>}
          </FormField>
        </div>
      </div>
      <fieldset className="grid gap-5 border-t border-gray-100 pt-5 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-gray-900">{t("clients.constraints")}</legend>
        <FormField id="maxFeeBps" label={t("field.maxFeeBps")} errors={err("maxFeeBps")}>
          {(c) => <input {...c} name="maxFeeBps" inputMode="numeric" defaultValue={initial.maxFeeBps} className={inputClass} />}
        </FormField>
        <FormField id="maxSmallCapSharePct" label={t("field.maxSmallCapShare")} errors={err("maxSmallCapSharePct")}>
          {(c) => <input {...c} name="maxSmallCapSharePct" inputMode="decimal" defaultValue={initial.maxSmallCapSharePct} className={inputClass} />}
        </FormField>
        <FormFieldset id="excludedRegions" legend={t("field.excludedRegions")} errors={err("excludedRegions")}>
          <div className="mt-1 flex flex-wrap gap-3">
            {REGIONS.map((r) => (
              <label key={r} className="flex items-center gap-1 text-sm">
                <input type="checkbox" name="excludedRegions" value={r} defaultChecked={excluded.has(r)} />
                {t(`region.${r}`)}
              </label>
            ))}
          </div>
        </FormFieldset>
        <label className="flex items-center gap-2 self-end text-sm font-medium text-gray-700">
          <input type="checkbox" name="passiveOnly" defaultChecked={initial.passiveOnly} />
          {t("field.passiveOnly")}
        </label>
      </fieldset>
      <fieldset className="border-t border-gray-100 pt-5">
        <legend className="mb-2 text-sm font-semibold text-gray-900">{t("field.currentAllocation")}</legend>
        <div className="grid gap-3 sm:grid-cols-4">
          {CURRENT_FIELDS.map((name) => (
            <FormField key={name} id={name} label={t(`field.${name}`)} errors={err(name)}>
              {(c) => <input {...c} name={name} inputMode="decimal" defaultValue={initial[name]} className={inputClass} />}
            </FormField>
          ))}
        </div>
      </fieldset>
      <FormField id="notes" label={t("field.notes")} errors={err("notes")}>
        {(c) => <textarea {...c} name="notes" rows={3} defaultValue={initial.notes} className={inputClass} />}
      </FormField>
      <div className="flex gap-3">
        <SubmitButton pending={pending} label={t("common.save")} pendingLabel={t("common.saving")} />
        <button type="button" onClick={() => router.back()} className="rounded-md border border-gray-300 px-4 py-2 text-sm">
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
