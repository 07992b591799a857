import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { listScenarioEvents, listVersionStamps } from "@/lib/db/scenario-events";
import { compareHref, versionParam } from "@/lib/validation/scenario-params";
import { PageHeader } from "@/components/ui/page-header";
import { ProposalView } from "@/components/proposal/proposal-view";
import { clientView } from "@/lib/services/proposal/client-view";
import { AssumptionsSummary } from "@/components/proposal/assumptions-summary";
import { StatusBadge } from "@/components/scenarios/status-badge";
import { StatusControl } from "@/components/scenarios/status-control";
import { VersionList } from "@/components/scenarios/version-list";
import { EventTimeline } from "@/components/scenarios/event-timeline";
import { UnreadableVersion } from "@/components/scenarios/unreadable-version";
import { ExportLinks } from "@/components/scenarios/export-links";
import { loadScenarioVersionOrNotFound } from "../load-scenario";

type Props = { params: Promise<{ id: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

const BUTTON = "rounded-md border border-gray-300 bg-white px-4 py-2 text-sm hover:bg-gray-50";

/** A saved scenario at one version (?version=n, else the latest), rendered from what was stored, never recomputed. */
export default async function ScenarioPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { t, locale } = await getTranslator(user.locale);
  const query = (await searchParams) ?? {};
  const { scenario, version } = await loadScenarioVersionOrNotFound(user.id, (await params).id, versionParam(query.version));
  const [events, versions] = await Promise.all([listScenarioEvents(user.id, scenario.id), listVersionStamps(user.id, scenario.id)]);
  const lastStatusChange = events.findLast((e) => e.kind === "status_changed");
  const savedBy = versions.find((v) => v.version === version.version)?.savedBy;
  const n = version.version;
  const canRevise = version.assumptions !== null;

  return (
    <>
      <PageHeader
        title={scenario.name}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <Link href={`/clients/${scenario.client.id}`} className="text-blue-700 hover:underline">{scenario.client.name}</Link>
            <StatusBadge status={scenario.status} label={t(`scenarios.status.${scenario.status}`)} />
            <span data-testid="version-heading">
              {t("scenarios.versionOfLatest", { version: n, latest: scenario.latestVersion })} ·{" "}
              {savedBy ? t("scenarios.savedByOn", { name: savedBy, date: formatDate(locale, version.createdAt, true) }) : formatDate(locale, version.createdAt, true)}
            </span>
          </span>
        }
        actions={
          <>
            {canRevise && (
              <>
                <Link href={`/clients/${scenario.client.id}/proposal?scenario=${scenario.id}&version=${n}`} className="rounded-md bg-blue-600 px-4 py-2 text-sm font-medium text-white hover:bg-blue-700">
                  {t("scenarios.revise")}
                </Link>
                <Link href={`/scenarios/${scenario.id}/rerun?version=${n}`} className={BUTTON}>{t("scenarios.rerun")}</Link>
              </>
            )}
            {n > 1 && (
              <Link href={compareHref([{ scenarioId: scenario.id, version: n - 1 }, { scenarioId: scenario.id, version: n }])} className={BUTTON}>
                {t("scenarios.compareWithPrevious", { version: n - 1 })}
              </Link>
            )}
          </>
        }
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_18rem]">
        <div className="min-w-0">
          {version.view ? (
            <>
              <p className="mb-4 text-sm text-gray-600">{t("scenarios.asSaved")}</p>
              <AssumptionsSummary view={version.view} />
              <ProposalView view={clientView(version.view)} />
            </>
          ) : (
            <UnreadableVersion engineVersion={version.engineVersion} />
          )}
        </div>
        <aside className="space-y-4">
          <StatusControl scenarioId={scenario.id} status={scenario.status} changed={lastStatusChange ? { by: lastStatusChange.userName, at: lastStatusChange.createdAt } : null} />
          {version.view && <ExportLinks scenarioId={scenario.id} version={n} />}
          <VersionList scenarioId={scenario.id} versions={versions} current={n} />
          <EventTimeline events={events} />
        </aside>
      </div>
    </>
  );
}
