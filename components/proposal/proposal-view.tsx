"use client";

import type { ReactNode } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { formatList } from "@/lib/i18n/format";
import type { ProposalView as View } from "@/lib/services/proposal/view-model";
import { SummaryCards } from "./summary-cards";
import { AllocationSection } from "./allocation-section";
import { BacktestSection } from "./backtest-section";
import { StatsTable } from "./stats-table";
import { EvidencePanel } from "./evidence-panel";
import { RationaleList } from "./rationale-list";
import { datasetLine, hasRealData, provenanceNotes } from "./provenance-text";
import { RiskSection } from "./risk-section";
import { projectionMethodLine } from "./risk-text";

/**
 * The whole proposal, read-only: used live on the proposal page and again for a saved scenario. The risk section
 * is the stored one (`view.risk`, a saved version) unless the page passes its own (`riskSlot`, loaded after render).
 */
export function ProposalView({ view, riskSlot }: { view: View; riskSlot?: ReactNode }) {
  const { t, locale } = useI18n();
  const m = view.methodology;
  // Data-set names are stored data (an import keeps the label it was given), shown as stored.
  const datasets = m.datasets.map((d) => t(d.synthetic ? "proposal.datasetStampSynthetic" : "proposal.datasetStamp", { name: d.name, vintage: d.vintage }));
  const partlyReal = hasRealData(view);
  return (
    <div className="space-y-6">
      {partlyReal && (
        <p className="rounded-md border border-sky-300 bg-sky-50 px-4 py-2 text-sm text-sky-900" data-testid="partly-real-label">
          {t("provenance.partlyReal")}
        </p>
      )}
      {view.synthetic && !partlyReal && (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900" data-testid="synthetic-label">
          {t("proposal.synthetic")}
        </p>
      )}
      <SummaryCards allocation={view.allocation} />
      <AllocationSection view={view} />
      <BacktestSection backtest={view.backtest} />
      <div className="grid gap-6 xl:grid-cols-2">
        <StatsTable stats={view.backtest.stats} relative={view.backtest.relative} />
        <RationaleList allocation={view.allocation} />
      </div>
      {riskSlot ?? (view.risk && <RiskSection risk={view.risk} />)}
      <EvidencePanel evidence={view.evidence} />
      <section className="space-y-2 text-xs text-gray-600">
        <p className="rounded-md bg-gray-100 px-4 py-3" data-testid="disclosure">{t("proposal.disclosure")}</p>
        <p>
          <span className="font-medium">{t("proposal.methodology")}: </span>
          {t("proposal.methodologyLine", {
            engine: m.engineVersion,
            parameters: m.parametersVersion,
            rebalance: t(`proposal.rebalance.${m.rebalance}`),
            survivorship: t(`proposal.survivorship.${m.survivorship}`),
          })}
        </p>
        {m.risk && <p data-testid="risk-methodology">{projectionMethodLine(m.risk, t, locale)}</p>}
        {/* Stamps saved before real data name only the data sets; newer ones say what each data set filled. */}
        {m.datasets.some((d) => d.kind) ? (
          <div data-testid="data-sources">
            <p className="font-medium">{t("provenance.sourcesTitle")}</p>
            <ul className="mt-1 list-disc space-y-0.5 pl-5">
              {m.datasets.map((d) => (
                <li key={d.id} data-testid={`data-source-${d.id}`}>{datasetLine(d, t, locale)}</li>
              ))}
            </ul>
            {provenanceNotes(view, t, locale).map((note) => (
              <p key={note} className="mt-1">{note}</p>
            ))}
          </div>
        ) : (
          <p>
            <span className="font-medium">{t("proposal.datasets")}: </span>
            {formatList(locale, datasets)}
          </p>
        )}
      </section>
    </div>
  );
}
