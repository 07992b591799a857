import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { formatCurrency, formatDate, formatNumber } from "@/lib/i18n/format";
import { loadClientOrNotFound } from "../load-client";
import { generateProposal } from "@/lib/services/proposal/generate-proposal";
import { clientView } from "@/lib/services/proposal/client-view";
import { isAppError } from "@/lib/errors/app-error";
import { DEFAULT_ASSUMPTIONS } from "@/lib/validation/proposal";
import { idParam, versionParam } from "@/lib/validation/scenario-params";
import { PageHeader } from "@/components/ui/page-header";
import { ProposalWorkspace } from "@/components/proposal/proposal-workspace";
import type { ReviseTarget } from "@/components/proposal/save-scenario-form";
import { loadScenarioVersionOrNotFound } from "../../../scenarios/load-scenario";

type Props = { params: Promise<{ id: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

/**
 * A saved version to revise (?scenario=<id>&version=<n>, the latest when no version is given): the client's own
 * scenario or the not-found page. Malformed parameters are ignored (a fresh proposal).
 */
async function revisionOf(advisorId: string, clientId: string, query: Record<string, unknown>) {
  const scenarioId = idParam(query.scenario);
  if (!scenarioId) return null;
  const { scenario, version } = await loadScenarioVersionOrNotFound(advisorId, scenarioId, versionParam(query.version));
  if (scenario.client.id !== clientId) notFound();
  const target: ReviseTarget = { scenarioId: scenario.id, name: scenario.name, fromVersion: version.version, latestVersion: scenario.latestVersion };
  return { target, assumptions: version.assumptions };
}

export default async function ProposalPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { t, locale } = await getTranslator(user.locale);
  const client = await loadClientOrNotFound(user.id, (await params).id);
  const revision = await revisionOf(user.id, client.id, (await searchParams) ?? {});

  let view;
  try {
    view = await generateProposal({ advisorId: user.id, firmId: user.firmId, clientId: client.id, assumptions: revision?.assumptions ?? DEFAULT_ASSUMPTIONS });
  } catch (error) {
    if (!isAppError(error) || error.code !== "NO_MARKET_DATA") throw error;
    return (
      <>
        <PageHeader title={t("proposal.title")} subtitle={t("proposal.for", { name: client.name })} />
        <p className="rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-900">{t("errors.NO_MARKET_DATA")}</p>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={t("proposal.title")}
        subtitle={
          <>
            <Link href={`/clients/${client.id}`} className="text-blue-700 hover:underline">{client.name}</Link>
            {" · "}
            {t(`market.${client.homeMarket}`)} · {t(`risk.${client.riskTolerance as 1}`)} · {t("proposal.horizon", { years: formatNumber(locale, client.horizonYears) })} ·{" "}
            {formatCurrency(locale, client.investableAssets, client.currency)}
          </>
        }
      />
      {revision && !revision.assumptions && (
        <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900">{t("scenarios.reviseUnreadable", { version: revision.target.fromVersion })}</p>
      )}
      <ProposalWorkspace initial={clientView(view)} defaultScenarioName={`${client.name} · ${formatDate(locale, new Date())}`} revise={revision?.target} />
    </>
  );
}
