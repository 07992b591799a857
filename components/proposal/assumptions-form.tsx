"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { inputClass } from "@/components/ui/form-field";
import { REGIONS, type Region } from "@/lib/market/regions";
import { REBALANCE_RULES, type ProposalAssumptionsInput } from "@/lib/validation/proposal";
import type { FieldErrors } from "@/lib/errors/app-error";
import { isMessageKey } from "@/lib/i18n/translate";

type Props = {
  value: ProposalAssumptionsInput;
  profileRisk: number;
  excludedRegions: readonly Region[];
  fieldErrors: FieldErrors;
  onChange: (next: ProposalAssumptionsInput) => void;
};

/** The editable assumptions; every change re-runs the proposal (the parent debounces). */
export function AssumptionsForm({ value, profileRisk, excludedRegions, fieldErrors, onChange }: Props) {
  const { t } = useI18n();
  const set = (patch: Partial<ProposalAssumptionsInput>) => onChange({ ...value, ...patch });
  const available = REGIONS.filter((r) => !excludedRegions.includes(r));
  const included = new Set(value.includedRegions ?? available);
  const error = (k: string) =>
    fieldErrors[k]?.map((e) => (isMessageKey(e) ? t(e) : e)).join(" ");

  return (
    <form className="space-y-4" onSubmit={(e) => e.preventDefault()} aria-label={t("proposal.assumptions")}>
      <label className="block text-sm font-medium text-gray-700">
        {t("proposal.riskTolerance")}
        <select
          name="riskTolerance"
          className={`${inputClass} mt-1`}
          value={value.riskTolerance === undefined ? "" : String(value.riskTolerance)}
          onChange={(e) => set({ riskTolerance: e.target.value === "" ? undefined : Number(e.target.value) })}
        >
          <option value="">{t("proposal.fromProfile", { value: t(`risk.${profileRisk as 1}`) })}</option>
          {[1, 2, 3, 4, 5].map((r) => (
            <option key={r} value={r}>{t(`risk.${r as 1}`)}</option>
          ))}
        </select>
      </label>
      <label className="block text-sm font-medium text-gray-700">
        {t("proposal.smallCapShare")}
        <input
          name="smallCapSharePct"
          inputMode="decimal"
          placeholder={t("proposal.smallCapAuto")}
          className={`${inputClass} mt-1`}
          value={value.smallCapSharePct === undefined ? "" : String(value.smallCapSharePct)}
          onChange={(e) => set({ smallCapSharePct: e.target.value === "" ? undefined : e.target.value })}
          aria-invalid={!!fieldErrors["assumptions.smallCapSharePct"]}
        />
        {error("assumptions.smallCapSharePct") && <span className="field-error block">{error("assumptions.smallCapSharePct")}</span>}
      </label>
      <fieldset>
        <legend className="text-sm font-medium text-gray-700">{t("proposal.regions")}</legend>
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
        {error("assumptions.includedRegions") && <span className="field-error block">{error("assumptions.includedRegions")}</span>}
      </fieldset>
      <label className="block text-sm font-medium text-gray-700">
        {t("proposal.activeOverride")}
        <select name="activeOverride" className={`${inputClass} mt-1`} value={value.activeOverride ?? "model"} onChange={(e) => set({ activeOverride: e.target.value as ProposalAssumptionsInput["activeOverride"] })}>
          {(["model", "all_passive", "max_active"] as const).map((o) => (
            <option key={o} value={o}>{t(`proposal.active.${o}`)}</option>
          ))}
        </select>
      </label>
      <label className="block text-sm font-medium text-gray-700">
        {t("proposal.rebalance")}
        <select name="rebalance" className={`${inputClass} mt-1`} value={value.rebalance ?? "annual"} onChange={(e) => set({ rebalance: e.target.value as ProposalAssumptionsInput["rebalance"] })}>
          {REBALANCE_RULES.map((r) => (
            <option key={r} value={r}>{t(`proposal.rebalance.${r}`)}</option>
          ))}
        </select>
      </label>
    </form>
  );
}
