"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { formatCurrency, formatList, formatNumber, formatNumberUpTo } from "@/lib/i18n/format";
import type { ProposalView } from "@/lib/services/proposal/view-model";
import { riskLabel } from "./labels";

/** The assumptions a saved scenario was generated with, as one line each. */
export function AssumptionsSummary({ view }: { view: ProposalView }) {
  const { t, locale } = useI18n();
  const a = view.assumptions;
  const model = t("proposal.smallCapAuto");
  const rows: [string, string][] = [
    [t("proposal.riskTolerance"), a.riskTolerance === undefined ? t("proposal.fromProfile", { value: riskLabel(view.client.riskTolerance, t) }) : riskLabel(a.riskTolerance, t)],
    [t("proposal.smallCapShare"), a.smallCapSharePct === undefined ? model : formatNumber(locale, a.smallCapSharePct, 1)],
    [t("proposal.regions"), a.includedRegions?.length ? formatList(locale, a.includedRegions.map((r) => t(`region.${r}`))) : model],
    [t("proposal.activeOverride"), t(`proposal.active.${a.activeOverride}`)],
    [t("proposal.rebalance"), t(`proposal.rebalance.${a.rebalance}`)],
  ];
  // The projection's inputs are listed only when given: versions saved before them have none.
  const money = (v: number) => formatCurrency(locale, v, view.client.currency);
  const optional: [string, number | undefined, (v: number) => string][] = [
    [t("proposal.cashFlow"), a.yearlyCashFlow, money],
    [t("proposal.inflation"), a.inflationPct, (v) => formatNumberUpTo(locale, v)],
    [t("proposal.target"), a.targetAmount, money],
    [`${t("proposal.shocks")}: ${t("proposal.shockEquities")}`, a.shockEquitiesPct, (v) => formatNumberUpTo(locale, v)],
    [`${t("proposal.shocks")}: ${t("proposal.shockSmallCaps")}`, a.shockSmallCapsPct, (v) => formatNumberUpTo(locale, v)],
    [`${t("proposal.shocks")}: ${t("proposal.shockBonds")}`, a.shockBondsPct, (v) => formatNumberUpTo(locale, v)],
  ];
  for (const [label, v, show] of optional) if (v !== undefined) rows.push([label, show(v)]);
  return (
    <dl className="mb-6 grid gap-x-6 gap-y-1 rounded-lg border border-gray-200 bg-white p-4 text-sm sm:grid-cols-2" data-testid="scenario-assumptions">
      {rows.map(([k, v]) => (
        <div key={k} className="flex justify-between gap-3">
          <dt className="text-gray-600">{k}</dt>
          <dd className="text-right">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
