import type { MessageKey } from "@/lib/i18n/messages/en";
import type { Translate } from "@/lib/i18n/translate";
import type { SizeEffectParam } from "@/lib/services/research/size-effect-inputs";
import type { SizeEffectInputs } from "@/lib/services/research/size-effect-inputs";

/** The form label that names each URL parameter, so the "could not be read" message speaks the form's words. */
const PARAM_LABEL = {
  d: "researchSize.form.dataset",
  m: "researchSize.form.month",
  w: "researchSize.form.weightings",
  s: "researchSize.form.survivorship",
  b: "researchSize.form.buckets",
  r: "researchSize.form.custom",
  from: "researchSize.form.from",
  to: "researchSize.form.to",
  mincap: "researchSize.form.minCap",
  mintv: "researchSize.form.minTradingValue",
  maxh: "researchSize.form.maxHoldings",
  cost: "researchSize.form.cost",
} as const satisfies Record<SizeEffectParam, MessageKey>;

export type DatasetChoice = { id: string; name: string };

const input = "mt-1 block rounded-md border border-gray-300 px-2 py-1 text-sm";
const label = "text-sm text-gray-700";

/**
 * The study's inputs as a GET form: submitting puts every choice in the address, so the page is a permalink.
 * `customText` and `costText` are the custom buckets and costs as the URL writes them. No hooks.
 */
export function SizeEffectForm({ t, inputs, datasets, customText, costText, ignored }: {
  t: Translate;
  inputs: SizeEffectInputs;
  datasets: readonly DatasetChoice[];
  customText: string;
  costText: string;
  ignored: readonly SizeEffectParam[];
}) {
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  return (
    <form method="get" className="mb-6 space-y-4 rounded-lg border border-gray-200 bg-white p-4" data-testid="size-effect-form">
      <fieldset className="flex flex-wrap items-end gap-4">
        <legend className="mb-2 text-sm font-medium text-gray-900">{t("researchSize.form.study")}</legend>
        <label className={label}>
          {t("researchSize.form.dataset")}
          <select name="d" defaultValue={inputs.dataset} className={input}>
            <option value="demo">{t("researchSize.form.demo")}</option>
            {datasets.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
          </select>
        </label>
        <label className={label}>
          {t("researchSize.form.month")}
          <select name="m" defaultValue={String(inputs.rebalanceMonth)} className={input}>
            {months.map((m) => <option key={m} value={String(m)}>{t("researchSize.form.monthEnd", { month: m })}</option>)}
            <option value="every">{t("researchSize.form.every")}</option>
          </select>
        </label>
        <label className={label}>
          {t("researchSize.form.weightings")}
          <select name="w" defaultValue={inputs.weightings.join(",")} className={input}>
            {[...new Set(["cap,equal", "cap", "equal", "sqrt", "cap,equal,sqrt", inputs.weightings.join(",")])].map((v) => (
              <option key={v} value={v}>{v.split(",").map((w) => t(`researchSize.weighting.${w as "cap" | "equal" | "sqrt"}`)).join(" + ")}</option>
            ))}
          </select>
        </label>
        <label className={label}>
          {t("researchSize.form.survivorship")}
          <select name="s" defaultValue={inputs.survivorship} className={input}>
            {(["total_loss", "last_available", "exclude"] as const).map((s) => <option key={s} value={s}>{t(`researchSize.survivorship.${s}`)}</option>)}
          </select>
        </label>
      </fieldset>
      <fieldset className="flex flex-wrap items-end gap-4">
        <legend className="mb-2 text-sm font-medium text-gray-900">{t("researchSize.form.bucketsLegend")}</legend>
        <label className={label}>
          {t("researchSize.form.buckets")}
          <select name="b" defaultValue={inputs.buckets.kind} className={input}>
            {(["sweep", "deciles", "krx", "custom"] as const).map((b) => <option key={b} value={b}>{t(`researchSize.buckets.${b}`)}</option>)}
          </select>
        </label>
        <label className={label}>
          {t("researchSize.form.custom")}
          <input name="r" defaultValue={customText} placeholder="0-0.1,0.9-1,#301+" className={`${input} w-64`} />
        </label>
        <label className={label}>
          {t("researchSize.form.from")}
          <input type="month" name="from" defaultValue={inputs.period.from ?? ""} className={input} />
        </label>
        <label className={label}>
          {t("researchSize.form.to")}
          <input type="month" name="to" defaultValue={inputs.period.to ?? ""} className={input} />
        </label>
      </fieldset>
      <fieldset className="flex flex-wrap items-end gap-4">
        <legend className="mb-2 text-sm font-medium text-gray-900">{t("researchSize.form.tradability")}</legend>
        <label className={label}>
          {t("researchSize.form.minCap")}
          <input name="mincap" inputMode="decimal" defaultValue={inputs.filter.minMarketCap ?? ""} className={`${input} w-36`} />
        </label>
        <label className={label}>
          {t("researchSize.form.minTradingValue")}
          <input name="mintv" inputMode="decimal" defaultValue={inputs.filter.minTradingValue ?? ""} className={`${input} w-36`} />
        </label>
        <label className={label}>
          {t("researchSize.form.maxHoldings")}
          <input name="maxh" inputMode="numeric" defaultValue={inputs.filter.maxHoldings ?? ""} className={`${input} w-28`} />
        </label>
        <label className={label}>
          {t("researchSize.form.cost")}
          <input name="cost" defaultValue={costText} placeholder="0" className={`${input} w-48`} />
        </label>
        <button type="submit" className="rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800">{t("researchSize.form.apply")}</button>
      </fieldset>
      <p className="text-xs text-gray-500">{t("researchSize.form.help")}</p>
      {ignored.length > 0 && (
        <p role="status" className="text-sm text-amber-800" data-testid="size-effect-ignored">{t("researchSize.form.ignored", { params: [...new Set(ignored)].map((p) => t(PARAM_LABEL[p])).join(", ") })}</p>
      )}
    </form>
  );
}
