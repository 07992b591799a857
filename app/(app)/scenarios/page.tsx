import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { formatList, formatNumber } from "@/lib/i18n/format";
import { listClientsWithScenarios, listScenarioPage } from "@/lib/db/scenario-list";
import { parseScenarioListQuery, scenarioListHref } from "@/lib/validation/scenario-list-query";
import { PageHeader } from "@/components/ui/page-header";
import { ScenarioFilters } from "@/components/scenarios/scenario-filters";
import { ScenarioTable } from "@/components/scenarios/scenario-table";

type Props = { searchParams?: Promise<Record<string, string | string[] | undefined>> };

/** The advisor's scenarios: filtered, searched, sorted and paged on the server, with the filters in the URL. */
export default async function ScenariosPage({ searchParams }: Props) {
  const user = await requireUser();
  const { t, locale } = await getTranslator(user.locale);
  const { query, ignored } = parseScenarioListQuery((await searchParams) ?? {});
  const [page, clients] = await Promise.all([listScenarioPage(user.id, query), listClientsWithScenarios(user.id)]);
  const filtered = query.q !== "" || query.clientId !== null || query.status !== null || query.from !== null || query.to !== null;

  return (
    <>
      <PageHeader title={t("scenarios.title")} />
      <ScenarioFilters query={query} clients={clients} />
      {ignored.length > 0 && (
        <p role="status" className="field-error mb-4" data-testid="filters-ignored">
          {t("scenarios.paramsIgnored", { list: formatList(locale, ignored.map((p) => t(`scenarios.param.${p}`))) })}
        </p>
      )}
      {page.total === 0 ? (
        <p className="rounded-lg border border-dashed border-gray-300 p-8 text-center text-gray-600">{t(filtered ? "scenarios.noMatch" : "scenarios.empty")}</p>
      ) : (
        <>
          <ScenarioTable rows={page.rows} />
          <nav className="mt-4 flex items-center justify-between text-sm" aria-label={t("scenarios.pages")}>
            <span className="text-gray-600" data-testid="page-status">
              {t("scenarios.pageOf", { page: formatNumber(locale, page.page), pages: formatNumber(locale, page.pageCount), total: formatNumber(locale, page.total) })}
            </span>
            <span className="flex gap-3">
              {page.page > 1 && <Link href={scenarioListHref(query, { page: page.page - 1 })} className="text-blue-700 hover:underline">{t("scenarios.previous")}</Link>}
              {page.page < page.pageCount && <Link href={scenarioListHref(query, { page: page.page + 1 })} className="text-blue-700 hover:underline">{t("scenarios.next")}</Link>}
            </span>
          </nav>
        </>
      )}
    </>
  );
}
