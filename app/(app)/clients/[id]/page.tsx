import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { formatCurrency, formatDate, formatPercent } from "@/lib/i18n/format";
import { loadClientOrNotFound } from "./load-client";
import { listScenarios } from "@/lib/db/scenarios";
import { PageHeader } from "@/components/ui/page-header";
import { ArchiveButton } from "@/components/clients/archive-button";
import { StatusBadge } from "@/components/scenarios/status-badge";

export default async function ClientPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { t, locale } = await getTranslator(user.locale);
  const client = await loadClientOrNotFound(user.id, (await params).id);
  const scenarios = await listScenarios(user.id, client.id);
  const dash = t("common.none");
  const a = client.currentAllocation;
  const currentText = a
    ? [
        [t("field.currentUsEquityPct"), a.usEquity],
        [t("field.currentIntlEquityPct"), a.intlEquity],
        [t("field.currentBondsPct"), a.bonds],
        [t("field.currentCashPct"), a.cash],
      ].map(([k, v]) => `${k} ${formatPercent(locale, v as number, 0)}`).join(" · ")
    : dash;

  const profile: [string, string][] = [
    [t("field.email"), client.email ?? dash],
    [t("field.homeMarket"), t(`market.${client.homeMarket}`)],
    [t("field.riskTolerance"), t(`risk.${client.riskTolerance as 1}`)],
    [t("field.horizonYears"), String(client.horizonYears)],
    [t("field.investableAssets"), formatCurrency(locale, client.investableAssets, client.currency)],
  ];
  const constraints: [string, string][] = [
    [t("field.maxFeeBps"), client.maxFeeBps === null ? dash : String(client.maxFeeBps)],
    [t("field.maxSmallCapShare"), client.maxSmallCapShare === null ? dash : formatPercent(locale, client.maxSmallCapShare, 0)],
    [t("field.excludedRegions"), client.excludedRegions.length ? client.excludedRegions.map((r) => t(`region.${r}`)).join(", ") : dash],
    [t("field.passiveOnly"), client.passiveOnly ? t("common.yes") : t("common.no")],
    [t("field.currentAllocation"), currentText],
  ];

  return (
    <>
      <PageHeader
        title={client.name}
        subtitle={client.archivedAt ? t("clients.archived") : undefined}
        actions={
          <>
            <Link href={`/clients/${client.id}/proposal`} className="rounded-md bg-blue-600 px-4 py-2 text-sm font-medium text-white hover:bg-blue-700">
              {t("clients.proposal")}
            </Link>
            <Link href={`/clients/${client.id}/edit`} className="rounded-md border border-gray-300 bg-white px-4 py-2 text-sm">
              {t("common.edit")}
            </Link>
            <ArchiveButton clientId={client.id} archived={client.archivedAt !== null} />
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        {[
          [t("clients.profile"), profile],
          [t("clients.constraints"), constraints],
        ].map(([title, rows]) => (
          <section key={title as string} className="rounded-lg border border-gray-200 bg-white p-5">
            <h2 className="mb-3 font-medium">{title as string}</h2>
            <dl className="grid grid-cols-2 gap-y-2 text-sm">
              {(rows as [string, string][]).map(([k, v]) => (
                <div key={k} className="contents">
                  <dt className="text-gray-600">{k}</dt>
                  <dd>{v}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      {client.notes && <p className="mt-6 whitespace-pre-wrap rounded-lg border border-gray-200 bg-white p-5 text-sm">{client.notes}</p>}
      <section className="mt-6 rounded-lg border border-gray-200 bg-white p-5" data-testid="client-scenarios">
        <h2 className="mb-3 font-medium">{t("clients.scenarios")}</h2>
        {scenarios.length === 0 ? (
          <p className="text-sm text-gray-600">{t("clients.noScenarios")}</p>
        ) : (
          <ul className="divide-y divide-gray-100 text-sm">
            {scenarios.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <Link href={`/scenarios/${s.id}`} className="text-blue-700 hover:underline">{s.name}</Link>
                <span className="flex items-center gap-3 text-gray-600">
                  <StatusBadge status={s.status} label={t(`scenarios.status.${s.status}`)} />
                  <span>{t("scenarios.versionNumber", { version: s.latestVersion })}</span>
                  <span>{formatDate(locale, s.updatedAt, true)}</span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
