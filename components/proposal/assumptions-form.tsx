"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { FormField, FormFieldset, inputClass, optionsOf } from "@/components/ui/form-field";
import { RISK_LEVELS } from "@/lib/domain/client";
import { REGIONS, type Region } from "@/lib/market/regions";
import { ACTIVE_OVERRIDES, REBALANCE_RULES } from "@/lib/domain/proposal-choices";
import type { ProposalAssumptionsInput } from "@/lib/validation/proposal";
import { DEFAULT_SHOCK_SCENARIO } from "@/lib/risk/stress-shocks";
import { formatNumberUpTo } from "@/lib/i18n/format";
import type { FieldErrors } from "@/lib/errors/app-error";

type Props = {
  value: ProposalAssumptionsInput;
  profileRisk: number;
  excludedRegions: readonly Region[];
  /** Keyed by the assumption's name (`smallCapSharePct`), not the action's path to it. */
  fieldErrors: FieldErrors;
  /** The proposal is being recomputed for the latest change. */
  pending: boolean;
  onChange: (next: ProposalAssumptionsInput) => void;
};

/** The editable assumptions; every change re-runs the proposal (the parent debounces). */
export function AssumptionsForm({ value, profileRisk, excludedRegions, fieldErrors, pending, onChange }: Props) {
  const { t, locale } = useI18n();
  const set = (patch: Partial<ProposalAssumptionsInput>) => onChange({ ...value, ...patch });
  const available = REGIONS.filter((r) => !excludedRegions.includes(r));
  const included = new Set(value.includedRegions ?? available);

  return (
    <form className="space-y-4" onSubmit={(e) => e.preventDefault()} aria-label={t("proposal.assumptions")} aria-busy={pending}>
      <FormField id="assumption-risk" label={t("proposal.riskTolerance")} errors={fieldErrors.riskTolerance}>
        {(c) => (
          <select
            {...c}
            name="riskTolerance"
            className={inputClass}
            value={value.riskTolerance === undefined ? "" : String(value.riskTolerance)}
            onChange={(e) => set({ riskTolerance: e.target.value === "" ? undefined : Number(e.target.value) })}
          >
            <option value="">{t("proposal.fromProfile", { value: t(`risk.${profileRisk as 1}`) })}</option>
            {optionsOf(RISK_LEVELS, (r) => t(`risk.${r}`))}
          </select>
        )}
      </FormField>
      <FormField id="assumption-small-cap" label={t("proposal.smallCapShare")} errors={fieldErrors.smallCapSharePct}>
        {(c) => (
          <input
            {...c}
            name="smallCapSharePct"
            inputMode="decimal"
            placeholder={t("proposal.smallCapAuto")}
            className={inputClass}
            value={value.smallCapSharePct === undefined ? "" : String(value.smallCapSharePct)}
            onChange={(e) => set({ smallCapSharePct: e.target.value === "" ? undefined : e.target.value })}
          />
        )}
      </FormField>
      <FormFieldset id="assumption-regions" legend={t("proposal.regions")} errors={fieldErrors.includedRegions}>
        <div className="mt-1 grid grid-cols-2 gap-1 text-sm">
          {available.map((r) => (
            <label key={r} className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={included.has(r)}
                onChange={(e) => {
                  const next = new Set(included);
                  if (e.target.checked) next.add(r);
                  else next.delete(r);
                  set({ includedRegions: available.filter((x) => next.has(x)) });
                }}
              />
              {t(`region.${r}`)}
            </label>
          ))}
        </div>
      </FormFieldset>
      <ChoiceField
        id="assumption-active"
        label={t("proposal.activeOverride")}
        value={value.activeOverride ?? "model"}
        choices={ACTIVE_OVERRIDES}
        name={(o) => t(`proposal.active.${o}`)}
        errors={fieldErrors.activeOverride}
        onChange={(activeOverride) => set({ activeOverride })}
      />
      <ChoiceField
        id="assumption-rebalance"
        label={t("proposal.rebalance")}
        value={value.rebalance ?? "annual"}
        choices={REBALANCE_RULES}
        name={(r) => t(`proposal.rebalance.${r}`)}
        errors={fieldErrors.rebalance}
        onChange={(rebalance) => set({ rebalance })}
      />
      <fieldset className="space-y-3 border-t border-gray-200 pt-3">
        <legend className="text-sm font-medium text-gray-700">{t("proposal.projectionInputs")}</legend>
        <NumberField id="assumption-cash-flow" name="yearlyCashFlow" label={t("proposal.cashFlow")} placeholder={t("common.none")} value={value.yearlyCashFlow} errors={fieldErrors.yearlyCashFlow} onChange={(v) => set({ yearlyCashFlow: v })} />
        <NumberField id="assumption-inflation" name="inflationPct" label={t("proposal.inflation")} placeholder={t("common.none")} value={value.inflationPct} errors={fieldErrors.inflationPct} onChange={(v) => set({ inflationPct: v })} />
        <NumberField id="assumption-target" name="targetAmount" label={t("proposal.target")} placeholder={t("common.none")} value={value.targetAmount} errors={fieldErrors.targetAmount} onChange={(v) => set({ targetAmount: v })} />
      </fieldset>
      <fieldset className="space-y-3 border-t border-gray-200 pt-3">
        <legend className="text-sm font-medium text-gray-700">{t("proposal.shocks")}</legend>
        {/* A blank shock is the default scenario's, shown as the placeholder. */}
        <NumberField id="assumption-shock-equities" name="shockEquitiesPct" label={t("proposal.shockEquities")} placeholder={formatNumberUpTo(locale, DEFAULT_SHOCK_SCENARIO.equities * 100)} value={value.shockEquitiesPct} errors={fieldErrors.shockEquitiesPct} onChange={(v) => set({ shockEquitiesPct: v })} />
        <NumberField id="assumption-shock-small-caps" name="shockSmallCapsPct" label={t("proposal.shockSmallCaps")} placeholder={formatNumberUpTo(locale, (DEFAULT_SHOCK_SCENARIO.smallCaps ?? DEFAULT_SHOCK_SCENARIO.equities) * 100)} value={value.shockSmallCapsPct} errors={fieldErrors.shockSmallCapsPct} onChange={(v) => set({ shockSmallCapsPct: v })} />
        <NumberField id="assumption-shock-bonds" name="shockBondsPct" label={t("proposal.shockBonds")} placeholder={formatNumberUpTo(locale, DEFAULT_SHOCK_SCENARIO.bonds * 100)} value={value.shockBondsPct} errors={fieldErrors.shockBondsPct} onChange={(v) => set({ shockBondsPct: v })} />
      </fieldset>
    </form>
  );
}

type NumberProps = {
  id: string;
  name: string;
  label: string;
  placeholder: string;
  value: unknown;
  errors?: string[];
  /** The text as typed (the schema reads it), or undefined when blank. */
  onChange: (value: string | undefined) => void;
};

/** A decimal typed as text (no decimal keypad: it has no minus sign on some phones): the shared schema turns it into a number and says what is wrong with it. */
function NumberField({ id, name, label, placeholder, value, errors, onChange }: NumberProps) {
  return (
    <FormField id={id} label={label} errors={errors}>
      {(c) => (
        <input
          {...c}
          name={name}
          placeholder={placeholder}
          className={inputClass}
          value={value === undefined || value === null ? "" : String(value)}
          onChange={(e) => onChange(e.target.value === "" ? undefined : e.target.value)}
        />
      )}
    </FormField>
  );
}

type ChoiceProps<V extends string> = {
  id: string;
  label: string;
  value: V;
  choices: readonly V[];
  name: (choice: V) => string;
  errors?: string[];
  onChange: (choice: V) => void;
};

/** A select over a fixed list of codes, each named from the catalog; only a listed code is ever passed on. */
function ChoiceField<V extends string>({ id, label, value, choices, name, errors, onChange }: ChoiceProps<V>) {
  return (
    <FormField id={id} label={label} errors={errors}>
      {(c) => (
        <select {...c} className={inputClass} value={value} onChange={(e) => onChange(choices.find((x) => x === e.target.value) ?? value)}>
          {optionsOf(choices, name)}
        </select>
      )}
    </FormField>
  );
}
