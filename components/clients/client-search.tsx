"use client";

import Form from "next/form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { FormField, optionsOf } from "@/components/ui/form-field";
import { SubmitButton, secondaryButtonClass } from "@/components/ui/submit-button";
import { CLIENT_SORTS, type ClientListQuery } from "@/lib/domain/client-list";
import { SEARCH_MAX_LENGTH } from "@/lib/domain/client-list";

type Props = {
  query: ClientListQuery;
  /** Why the search text in the URL was not applied, in the reader's language (the page decides). */
  searchError?: string;
};

/** The clients list's search, sort and archived filter: a GET form, so the URL holds the query. */
export function ClientSearch({ query, searchError }: Props) {
  const { t } = useI18n();
  return (
    <Form action="/clients" className="mb-4 flex flex-wrap items-end gap-3" role="search">
      <FormField id="client-search" label={t("common.search")} labelHidden errors={searchError ? [searchError] : undefined} className="w-64 text-sm">
        {(control) => (
          <input
            {...control}
            name="q"
            defaultValue={query.q}
            maxLength={SEARCH_MAX_LENGTH}
            placeholder={t("clients.searchPlaceholder")}
            className="w-full rounded-md border border-gray-300 px-3 py-2 aria-[invalid=true]:border-red-500"
          />
        )}
      </FormField>
      <label className="text-sm text-gray-700">
        {t("clients.sort")}{" "}
        <select name="sort" defaultValue={query.sort} className="rounded-md border border-gray-300 px-2 py-2">
          {optionsOf(CLIENT_SORTS, (s) => t(`clients.sort.${s}`))}
        </select>
      </label>
      <label className="flex items-center gap-2 text-sm text-gray-700">
        <input type="checkbox" name="archived" value="1" defaultChecked={query.archived} />
        {t("clients.showArchived")}
      </label>
      <SubmitButton label={t("common.search")} pendingLabel={t("common.searching")} className={secondaryButtonClass} />
    </Form>
  );
}
