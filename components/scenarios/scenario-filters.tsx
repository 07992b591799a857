"use client";

import Form from "next/form";
import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import { SubmitButton, secondaryButtonClass } from "@/components/ui/submit-button";
import { SCENARIO_STATUSES } from "@/lib/scenarios/status";
import { SCENARIO_SEARCH_MAX, SCENARIO_SORTS, type ScenarioListQuery } from "@/lib/scenarios/list-query";

const FIELD = "rounded-md border border-gray-300 px-2 py-2 text-sm";

/** The list's filters as a plain GET form: the URL holds them, so a filtered page can be shared or reloaded. */
export function ScenarioFilters({ query, clients }: { query: ScenarioListQuery; clients: readonly { id: string; name: string }[] }) {
  const { t } = useI18n();
  return (
    <Form action="/scenarios" className="mb-4 flex flex-wrap items-end gap-3" role="search" data-testid="scenario-filters">
      <label className="text-sm text-gray-700">
        <span className="block">{t("common.search")}</span>
        <input name="q" defaultValue={query.q} maxLength={SCENARIO_SEARCH_MAX} placeholder={t("scenarios.searchPlaceholder")} className={`${FIELD} w-56`} />
      </label>
      <label className="text-sm text-gray-700">
        <span className="block">{t("scenarios.client")}</span>
        <select name="client" defaultValue={query.clientId ?? ""} className={FIELD}>
          <option value="">{t("scenarios.allClients")}</option>
          {clients.map((c) => (
            <option key={c.id} value={c.id}>{c.name}</option>
          ))}
        </select>
      </label>
      <label className="text-sm text-gray-700">
        <span className="block">{t("scenarios.status")}</span>
        <select name="status" defaultValue={query.status ?? ""} className={FIELD}>
          <option value="">{t("scenarios.allStatuses")}</option>
          {SCENARIO_STATUSES.map((s) => (
            <option key={s} value={s}>{t(`scenarios.status.${s}`)}</option>
          ))}
        </select>
      </label>
      <label className="text-sm text-gray-700">
        <span className="block">{t("scenarios.updatedFrom")}</span>
        <input type="date" name="from" defaultValue={query.from ?? ""} className={FIELD} />
      </label>
      <label className="text-sm text-gray-700">
        <span className="block">{t("scenarios.updatedTo")}</span>
        <input type="date" name="to" defaultValue={query.to ?? ""} className={FIELD} />
      </label>
      <label className="text-sm text-gray-700">
        <span className="block">{t("scenarios.sort")}</span>
        <select name="sort" defaultValue={query.sort} className={FIELD}>
          {SCENARIO_SORTS.map((s) => (
            <option key={s} value={s}>{t(`scenarios.sort.${s}`)}</option>
          ))}
        </select>
      </label>
      <SubmitButton label={t("scenarios.applyFilters")} pendingLabel={t("scenarios.applyingFilters")} className={secondaryButtonClass} />
      <Link href="/scenarios" className="px-2 py-2 text-sm text-blue-700 hover:underline">{t("scenarios.clearFilters")}</Link>
    </Form>
  );
}
