import type { Translate } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { GapSnapshotOption } from "@/lib/services/research/gap-snapshots";

/**
 * The snapshots to compare, as check boxes of a GET form: the choice lands in the address (?s=…&s=…), so the
 * comparison is a permalink. No hooks: server-rendered.
 */
export function GapPicker({ t, locale, options, selected }: { t: Translate; locale: Locale; options: readonly GapSnapshotOption[]; selected: readonly string[] }) {
  return (
    <form method="get" className="mb-6 rounded-lg border border-gray-200 bg-white p-4" data-testid="gap-picker">
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-gray-900">{t("researchLab.gap.pick")}</legend>
        <ul className="grid gap-1 sm:grid-cols-2">
          {options.map((o) => (
            <li key={o.key}>
              <label className="flex items-start gap-2 text-sm text-gray-800">
                <input type="checkbox" name="s" value={o.key} defaultChecked={selected.includes(o.key)} className="mt-1" />
                <span>
                  {t("researchLab.gap.option", { label: o.label, count: formatNumber(locale, o.constituents) })}
                  {o.synthetic && <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-900">{t("researchLab.gap.synthetic")}</span>}
                  <span className="block text-xs text-gray-500">
                    {o.asOf ? t("researchLab.gap.asOf", { source: o.source, date: formatDate(locale, o.asOf) }) : t("researchLab.gap.undated", { source: o.source })}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button type="submit" className="mt-3 rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800">{t("researchLab.gap.compare")}</button>
      <p className="mt-2 text-xs text-gray-500">{t("researchLab.period.permalink")}</p>
    </form>
  );
}
