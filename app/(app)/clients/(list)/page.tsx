import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/i18n/format";
import { clientListHref, parseClientListQuery, SEARCH_MAX_LENGTH } from "@/lib/validation/client-list-query";
import { listClientPage } from "@/lib/db/client-list";
import { PageHeader } from "@/components/ui/page-header";
import { ClientSearch } from "@/components/clients/client-search";
import { ClientTable } from "@/components/clients/client-table";

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
      <ClientSearch query={query} searchError={searchIgnored ? t("clients.searchTooLong", { max: SEARCH_MAX_LENGTH }) : undefined} />
      {list.total === 0 ? (
        <p className="rounded-lg border border-dashed border-gray-300 p-8 text-center text-gray-600">{t("clients.empty")}</p>
      ) : (
        <>
          <ClientTable rows={list.rows} t={t} locale={locale} />
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
