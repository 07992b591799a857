import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { isAppError } from "@/lib/errors/app-error";
import { generateProposal } from "@/lib/services/proposal/generate-proposal";
import { compareProposals } from "@/lib/scenarios/diff";
import { overlayWealth } from "@/lib/scenarios/wealth-overlay";
import { versionParam } from "@/lib/validation/scenario-params";
import { PageHeader } from "@/components/ui/page-header";
import { CompareView } from "@/components/scenarios/compare-view";
import { SaveRerunPanel } from "@/components/scenarios/save-rerun-panel";
import { UnreadableVersion } from "@/components/scenarios/unreadable-version";
import { loadScenarioVersionOrNotFound } from "../../load-scenario";

type Props = { params: Promise<{ id: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

/**
 * "Re-run with current data": a saved version beside the same assumptions run now (today's client profile,
 * data sets, reference figures and model), with what changed highlighted. Nothing is stored unless the advisor
 * saves the re-run as the next version.
 */
export default async function RerunPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { t } = await getTranslator(user.locale);
  const query = (await searchParams) ?? {};
  const { scenario, version } = await loadScenarioVersionOrNotFound(user.id, (await params).id, versionParam(query.version));
  const header = (
    <PageHeader
      title={t("scenarios.rerunTitle")}
      subtitle={
        <Link href={`/scenarios/${scenario.id}?version=${version.version}`} className="text-blue-700 hover:underline">
          {t("scenarios.columnLabel", { name: scenario.name, version: version.version })}
        </Link>
      }
    />
  );
  if (!version.view || !version.assumptions) {
    return (
      <>
        {header}
        <UnreadableVersion engineVersion={version.engineVersion} />
      </>
    );
  }
  let rerun;
  try {
    rerun = await generateProposal({ advisorId: user.id, firmId: user.firmId, clientId: scenario.client.id, assumptions: version.assumptions });
  } catch (error) {
    if (!isAppError(error) || error.code !== "NO_MARKET_DATA") throw error;
    return (
      <>
        {header}
        <p className="rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-900">{t("errors.NO_MARKET_DATA")}</p>
      </>
    );
  }
  const columns = [t("scenarios.column.saved", { version: version.version }), t("scenarios.column.rerun")];
  const views = [version.view, rerun];
  const wealth = overlayWealth(views.map((v, i) => ({ key: columns[i]!, months: v.backtest.months, wealth: v.backtest.proposal.wealthNet })));
  return (
    <>
      {header}
      <p className="mb-4 text-sm text-gray-600">{t("scenarios.rerunHelp", { version: version.version })}</p>
      <div className="mb-6">
        <SaveRerunPanel scenarioId={scenario.id} latestVersion={scenario.latestVersion} assumptions={version.assumptions} />
      </div>
      <CompareView columns={columns} comparison={compareProposals(views)} wealth={wealth} />
    </>
  );
}
