"use client";

import { Card } from "@tremor/react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { DataTable } from "@/components/ui/data-table";
import { formatCurrency, formatPercent } from "@/lib/i18n/format";
import type { ProjectionOutcome, ProjectionYear } from "@/lib/risk";
import type { ProposalRisk } from "@/lib/services/proposal/risk-view";
import { RiskFanChart } from "./risk-fan-chart";
import {
  episodeCells,
  episodeName,
  fitSentences,
  hasWithdrawals,
  medianFinal,
  milestoneYears,
  projectionIntro,
  shockIntro,
  targetHeader,
} from "./risk-text";

/** The forward-looking risk of a proposal: projection, outcome odds, bad years, stress tests, shocks and the fit. */
export function RiskSection({ risk }: { risk: ProposalRisk }) {
  const { t, locale } = useI18n();
  const final = medianFinal(risk, t, locale);
  return (
    <Card data-testid="risk-section">
      <h2 className="font-medium">{t("projection.title")}</h2>
      {projectionIntro(risk, t, locale).map((line) => (
        <p key={line} className="mt-1 text-sm text-gray-600">{line}</p>
      ))}
      <RiskFit risk={risk} />
      <h3 className="mt-4 text-sm font-medium text-gray-700">{t("projection.fanTitle")}</h3>
      <p className="mt-1 text-sm">
        <span className="font-medium" data-testid="risk-median-final">{final.nominal}</span>
        {final.real && <span className="text-gray-600"> · {final.real}</span>}
      </p>
      <RiskFanChart risk={risk} />
      <h3 className="mt-6 text-sm font-medium text-gray-700">{t("projection.outcomesTitle")}</h3>
      <OutcomeTable risk={risk} />
      <h3 className="mt-6 text-sm font-medium text-gray-700">{t("projection.badTitle")}</h3>
      <BadYearTable risk={risk} />
      <p className="mt-1 text-xs text-gray-600">{t("projection.worstNote")}</p>
      <h3 className="mt-6 text-sm font-medium text-gray-700">{t("stress.title")}</h3>
      <p className="mt-1 text-xs text-gray-600">{t("stress.intro")}</p>
      <StressTable risk={risk} />
      <h3 className="mt-6 text-sm font-medium text-gray-700">{t("shock.title")}</h3>
      <p className="mt-1 text-xs text-gray-600">{shockIntro(risk, t, locale)}</p>
      <ShockTable risk={risk} />
      <p className="mt-4 rounded-md bg-gray-100 px-4 py-3 text-xs text-gray-600">{t("projection.disclosure")}</p>
    </Card>
  );
}

function RiskFit({ risk }: { risk: ProposalRisk }) {
  const { t, locale } = useI18n();
  const { fits, lines } = fitSentences(risk, t, locale);
  const [first, ...reasons] = lines;
  return (
    <div
      className={`mt-3 rounded-md border px-4 py-2 text-sm ${fits ? "border-emerald-300 bg-emerald-50 text-emerald-900" : "border-amber-300 bg-amber-50 text-amber-900"}`}
      data-testid="risk-fit"
      data-fits={fits}
    >
      <p className="font-medium">{t("riskFit.title")}</p>
      <p>{first}</p>
      {reasons.length > 0 && (
        <ul className="list-disc pl-5">
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function OutcomeTable({ risk }: { risk: ProposalRisk }) {
  const { t, locale } = useI18n();
  const pct = (v: number) => formatPercent(locale, v, 1);
  const target = targetHeader(risk, t, locale);
  const columns = [
    { key: "year", header: t("projection.year"), cell: (y: ProjectionYear) => t("projection.yearN", { year: y.year }) },
    { key: "median", header: t("projection.col.medianWealth"), numeric: true, cell: (y: ProjectionYear) => formatCurrency(locale, y.wealth.p50, risk.currency) },
    { key: "below", header: t("projection.col.belowStart"), numeric: true, cell: (y: ProjectionYear) => pct(y.probabilityBelowStart) },
    ...(target ? [{ key: "target", header: target, numeric: true, cell: (y: ProjectionYear) => pct(y.probabilityReachingTarget ?? 0) }] : []),
    ...(hasWithdrawals(risk) ? [{ key: "depleted", header: t("projection.col.depleted"), numeric: true, cell: (y: ProjectionYear) => pct(y.probabilityDepleted) }] : []),
  ];
  return (
    <DataTable caption={t("projection.outcomesTitle")} columns={columns} rows={milestoneYears(risk.projection.portfolio.years)} rowKey={(y) => String(y.year)} testId="risk-outcomes" />
  );
}

function BadYearTable({ risk }: { risk: ProposalRisk }) {
  const { t, locale } = useI18n();
  const pct = (v: number) => formatPercent(locale, v, 1);
  const rows: { key: string; name: string; outcome: ProjectionOutcome }[] = [
    { key: "proposal", name: t("projection.proposal"), outcome: risk.projection.portfolio },
    ...(risk.projection.benchmark ? [{ key: "benchmark", name: t("projection.benchmark"), outcome: risk.projection.benchmark }] : []),
  ];
  const lastOf = (o: ProjectionOutcome) => o.years[o.years.length - 1];
  return (
    <DataTable
      caption={t("projection.badTitle")}
      rowKey={(r) => r.key}
      rows={rows}
      groups={[
        { key: "mix", header: "", span: 1 },
        { key: "worst", header: t("projection.col.worst12"), span: 3 },
        { key: "rest", header: "", span: 2 },
      ]}
      columns={[
        { key: "mix", header: t("projection.col.mix"), cell: (r) => r.name },
        { key: "p5", header: t("projection.p5"), numeric: true, cell: (r) => pct(lastOf(r.outcome)?.worst12MonthReturn.p5 ?? 0) },
        { key: "p50", header: t("projection.p50"), numeric: true, cell: (r) => pct(lastOf(r.outcome)?.worst12MonthReturn.p50 ?? 0) },
        { key: "p95", header: t("projection.p95"), numeric: true, cell: (r) => pct(lastOf(r.outcome)?.worst12MonthReturn.p95 ?? 0) },
        { key: "drawdown", header: t("projection.col.medianDrawdown"), numeric: true, cell: (r) => pct(lastOf(r.outcome)?.medianMaxDrawdown ?? 0) },
        { key: "volatility", header: t("projection.col.volatility"), numeric: true, cell: (r) => pct(r.outcome.annualVolatility) },
      ]}
    />
  );
}

function StressTable({ risk }: { risk: ProposalRisk }) {
  const { t, locale } = useI18n();
  type Row = ProposalRisk["stress"][number];
  const cell = (r: Row, mix: "portfolio" | "benchmark", field: "return" | "drawdown" | "recovery") => episodeCells(r, mix, t, locale)?.[field] ?? "";
  const numeric = (key: string, mix: "portfolio" | "benchmark", field: "return" | "drawdown" | "recovery") => ({
    key,
    header: t(mix === "portfolio" ? "projection.proposal" : "projection.benchmark"),
    numeric: true,
    cell: (r: Row) => cell(r, mix, field),
  });
  return (
    <DataTable
      caption={t("stress.title")}
      testId="stress-table"
      rowKey={(r) => r.id}
      rows={risk.stress}
      rowAttributes={(r) => ({ "data-covered": r.covered })}
      groups={[
        { key: "episode", header: "", span: 1 },
        { key: "return", header: t("stress.col.return"), span: 2 },
        { key: "drawdown", header: t("stress.col.drawdown"), span: 2 },
        { key: "recovery", header: t("stress.col.recovery"), span: 2 },
      ]}
      columns={[
        {
          key: "episode",
          header: t("stress.col.episode"),
          cell: (r) => (
            <>
              <span className="font-medium">{episodeName(r.id, t)}</span>
              <span className="block text-xs text-gray-600">{t("stress.period", { start: r.start, end: r.end })}</span>
              {!r.covered && <span className="block text-xs text-amber-800">{t("stress.notCovered")}</span>}
            </>
          ),
        },
        numeric("return-p", "portfolio", "return"),
        numeric("return-b", "benchmark", "return"),
        numeric("drawdown-p", "portfolio", "drawdown"),
        numeric("drawdown-b", "benchmark", "drawdown"),
        numeric("recovery-p", "portfolio", "recovery"),
        numeric("recovery-b", "benchmark", "recovery"),
      ]}
    />
  );
}

function ShockTable({ risk }: { risk: ProposalRisk }) {
  const { t, locale } = useI18n();
  const rows = [
    { key: "proposal", name: t("projection.proposal"), outcome: risk.shocks.proposal },
    { key: "benchmark", name: t("projection.benchmark"), outcome: risk.shocks.benchmark },
  ];
  return (
    <DataTable
      caption={t("shock.title")}
      testId="shock-table"
      rowKey={(r) => r.key}
      rows={rows}
      columns={[
        { key: "mix", header: t("projection.col.mix"), cell: (r) => r.name },
        { key: "return", header: t("shock.col.return"), numeric: true, cell: (r) => formatPercent(locale, r.outcome.portfolioReturn, 1) },
        { key: "amount", header: t("shock.col.amount", { currency: risk.currency }), numeric: true, cell: (r) => formatCurrency(locale, r.outcome.amountChange, risk.currency) },
      ]}
    />
  );
}
