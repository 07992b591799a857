import type { MonthRange } from "@/lib/research/months";
import type { Translate } from "@/lib/i18n/translate";

/**
 * The period inputs: a GET form, so the chosen months land in the address (?from=YYYY-MM&to=YYYY-MM) and the
 * page is a permalink. `bounds` are the months the data covers (the inputs' min and max).
 */
export function PeriodForm({ t, range, bounds, ignored }: { t: Translate; range: MonthRange; bounds: { from: string; to: string } | null; ignored: boolean }) {
  const input = "mt-1 block rounded-md border border-gray-300 px-2 py-1 text-sm";
  return (
    <form method="get" className="mb-6 rounded-lg border border-gray-200 bg-white p-4" data-testid="period-form">
      <fieldset className="flex flex-wrap items-end gap-4">
        <legend className="mb-2 text-sm font-medium text-gray-900">{t("researchLab.period.legend")}</legend>
        <label className="text-sm text-gray-700">
          {t("researchLab.period.from")}
          <input type="month" name="from" defaultValue={range.from ?? ""} min={bounds?.from} max={bounds?.to} className={input} />
        </label>
        <label className="text-sm text-gray-700">
          {t("researchLab.period.to")}
          <input type="month" name="to" defaultValue={range.to ?? ""} min={bounds?.from} max={bounds?.to} className={input} />
        </label>
        <button type="submit" className="rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800">{t("researchLab.period.apply")}</button>
      </fieldset>
      {ignored && <p role="status" className="mt-2 text-sm text-amber-800">{t("researchLab.period.ignored")}</p>}
      <p className="mt-2 text-xs text-gray-500">{t("researchLab.period.permalink")}</p>
    </form>
  );
}
