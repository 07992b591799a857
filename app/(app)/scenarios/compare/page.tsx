import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { compareProposals } from "@/lib/scenarios/diff";
import { overlayWealth } from "@/lib/scenarios/wealth-overlay";
import { compareParam } from "@/lib/validation/scenario-params";
import { PageHeader } from "@/components/ui/page-header";
import { CompareView } from "@/components/scenarios/compare-view";
import { StatusBadge } from "@/components/scenarios/status-badge";
import { UnreadableVersion } from "@/components/scenarios/unreadable-version";
import { loadScenarioVersionOrNotFound } from "../load-scenario";
import { uniqueLabels } from "@/lib/scenarios/column-labels";

type Props = { searchParams?: Promise<Record<string, string | string[] | undefined>> };

/**
 * Two or three of the advisor's saved versions side by side (?v=<scenario>:<version>,…), of one scenario or of
 * several, for one client or different ones. Any id that is not the advisor's answers 404, like a missing one.
 */
export default async function ComparePage({ searchParams }: Props) {
  const user = await requireUser();
  const { t, locale } = await getTranslator(user.locale);
  const parsed = compareParam(((await searchParams) ?? {}).v);
  const header = <PageHeader title={t("scenarios.compareTitle")} />;
  if (parsed.error) {
    return (
      <>
        {header}
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900" data-testid="compare-error">
          {t(`scenarios.compareError.${parsed.error}`)}
        </p>
      </>
    );
  }
  const loaded = await Promise.all(parsed.refs.map((ref) => loadScenarioVersionOrNotFound(user.id, ref.scenarioId, ref.version)));
  const labels = uniqueLabels(loaded.map(({ scenario, version }) => t("scenarios.columnLabel", { name: scenario.name, version: version.version })));
  const columns = loaded.map((entry, i) => ({ ...entry, label: labels[i]! }));
  const readable = columns.flatMap((c) => (c.version.view ? [{ label: c.label, view: c.version.view }] : []));
  return (
    <>
      {header}
      <ul className="mb-6 grid gap-3 sm:grid-cols-3" data-testid="compare-columns">
        {columns.map(({ scenario, version, label }) => (
          <li key={label} className="rounded-lg border border-gray-200 bg-white p-3 text-sm">
            <Link href={`/scenarios/${scenario.id}?version=${version.version}`} className="font-medium text-blue-700 hover:underline">{label}</Link>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-gray-600">
              {scenario.client.name} <StatusBadge status={scenario.status} label={t(`scenarios.status.${scenario.status}`)} />
            </p>
            <p className="text-xs text-gray-500">{formatDate(locale, version.createdAt, true)}</p>
            {!version.view && <div className="mt-2"><UnreadableVersion engineVersion={version.engineVersion} /></div>}
          </li>
        ))}
      </ul>
      {readable.length > 0 && (
        <CompareView
          columns={readable.map((r) => r.label)}
          comparison={compareProposals(readable.map((r) => r.view))}
          wealth={overlayWealth(readable.map((r) => ({ key: r.label, months: r.view.backtest.months, wealth: r.view.backtest.proposal.wealthNet })))}
        />
      )}
    </>
  );
}
