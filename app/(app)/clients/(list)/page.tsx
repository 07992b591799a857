import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { formatCurrency, formatDate, formatNumber } from "@/lib/i18n/format";
import { CLIENT_SORTS } from "@/lib/domain/client-list";
import { clientListHref, parseClientListQuery, SEARCH_MAX_LENGTH } from "@/lib/validation/client-list-query";
import { listClientPage } from "@/lib/db/client-list";
import { PageHeader } from "@/components/ui/page-header";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The advisor's clients: searched, sorted and paged on the server, with the query in the URL. */
export default async function ClientsPage({ searchParams }: Props) {
  const user = await requireUser();
  const { t, locale } = await getTranslator(user.locale);
  const { query, searchIgnored } = parseClientListQuery(await searchParams);
  const list = await listClientPage(user.id, query);
  const link = "text-blue-700 hover:underline";

  return (
    <>
      <PageHeader
        title={t("clients.title")}
        actions={
          <Link href="/clients/new" className="rounded-md bg-blue-600 px-4 py-2 text-sm font-medium text-white hover:bg-blue-700">
            {t("clients.new")}
          </Link>
        }
      />
      <form className="mb-4 flex flex-wrap items-end gap-3" role="search">
        <label className="text-sm">
          <span className="sr-only">{t("common.search")}</span>
          <input
            name="q"
            defaultValue={query.q}
            maxLength={SEARCH_MAX_LENGTH}
            placeholder={t("clients.searchPlaceholder")}
            aria-invalid={searchIgnored}
            aria-describedby={searchIgnored ? "search-error" : undefined}
            className="w-64 rounded-md border border-gray-300 px-3 py-2 aria-[invalid=true]:border-red-500"
          />
        </label>
        <label className="text-sm text-gray-700">
          {t("clients.sort")}{" "}
          <select name="sort" defaultValue={query.sort} className="rounded-md border border-gray-300 px-2 py-2">
            {CLIENT_SORTS.map((s) => (
              <option key={s} value={s}>{t(`clients.sort.${s}`)}</option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-2 text-sm text-gray-700">
          <input type="checkbox" name="archived" value="1" defaultChecked={query.archived} />
          {t("clients.showArchived")}
        </label>
        <button className="rounded-md border border-gray-300 bg-white px-4 py-2 text-sm">{t("common.search")}</button>
      </form>
      {searchIgnored && (
        <p id="search-error" role="status" className="field-error mb-4" data-testid="search-error">
          {t("clients.searchTooLong", { max: SEARCH_MAX_LENGTH })}
        </p>
      )}
      {list.total === 0 ? (
        <p className="rounded-lg border border-dashed border-gray-300 p-8 text-center text-gray-600">{t("clients.empty")}</p>
      ) : (
        <>
          <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
            <table className="min-w-full text-sm" data-testid="client-table">
              <thead className="bg-gray-50 text-left text-gray-600">
                <tr>
                  <th className="px-4 py-2 font-medium">{t("field.name")}</th>
                  <th className="px-4 py-2 font-medium">{t("field.homeMarket")}</th>
                  <th className="px-4 py-2 font-medium">{t("field.riskTolerance")}</th>
                  <th className="px-4 py-2 text-right font-medium">{t("field.investableAssets")}</th>
                  <th className="px-4 py-2 font-medium">{t("clients.sort.updated")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-gray-100">
                {list.rows.map((c) => (
                  <tr key={c.id} className="hover:bg-gray-50">
                    <td className="px-4 py-2">
                      <Link href={`/clients/${c.id}`} className="font-medium text-blue-700 hover:underline">{c.name}</Link>
                      {c.archivedAt && <span className="ml-2 rounded bg-gray-100 px-2 py-0.5 text-xs text-gray-600">{t("clients.archived")}</span>}
                    </td>
                    <td className="px-4 py-2">{t(`market.${c.homeMarket}`)}</td>
                    <td className="px-4 py-2">{t(`risk.${c.riskTolerance as 1}`)}</td>
                    <td className="px-4 py-2 text-right tabular-nums">{formatCurrency(locale, c.investableAssets, c.currency)}</td>
                    <td className="px-4 py-2 text-gray-600">{formatDate(locale, c.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav className="mt-4 flex items-center justify-between text-sm" aria-label={t("clients.pages")}>
            <span className="text-gray-600" data-testid="page-status">
              {t("clients.pageOf", { page: formatNumber(locale, list.page), pages: formatNumber(locale, list.pageCount), total: formatNumber(locale, list.total) })}
            </span>
            <span className="flex gap-3">
              {list.page > 1 && <Link href={clientListHref(query, { page: list.page - 1 })} className={link}>{t("clients.previous")}</Link>}
              {list.page < list.pageCount && <Link href={clientListHref(query, { page: list.page + 1 })} className={link}>{t("clients.next")}</Link>}
            </span>
          </nav>
        </>
      )}
    </>
  );
}
