import Link from "next/link";
import { Card } from "@tremor/react";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/i18n/format";
import { parseMonthRangeQuery } from "@/lib/research/month-range-query";
import { loadFrenchResearch } from "@/lib/services/research/french-research";
import { PageHeader } from "@/components/ui/page-header";
import { ResearchNav } from "@/components/research-lab/research-nav";
import { PeriodForm } from "@/components/research-lab/period-form";
import { DecileTable } from "@/components/research-lab/decile-table";
import { DecileCharts } from "@/components/research-lab/decile-charts";
import { FirmsTable } from "@/components/research-lab/firms-table";
import { SmbChart } from "@/components/research-lab/smb-chart";
import { SmbTable } from "@/components/research-lab/smb-table";
import { MethodNotes } from "@/components/research-lab/method-notes";
import { sourceText } from "@/components/research-lab/source-text";
import { yearEndIndices } from "@/components/charts/chart-points";

type Props = { searchParams?: Promise<Record<string, string | string[] | undefined>> };

/**
 * French's US size deciles and regional small-minus-big over a period kept in the address (?from=&to=), from the
 * datasets the user's firm imported; without a size file, an empty state says how to import one.
 */
export default async function FrenchResearchPage({ searchParams }: Props) {
  const user = await requireUser();
  const { t, locale } = await getTranslator(user.locale);
  const { range, ignored } = parseMonthRangeQuery((await searchParams) ?? {});
  const data = await loadFrenchResearch({ firmId: user.firmId, range });
  const deciles = data.deciles;
  const study = deciles?.study.ok ? deciles.study.value : null;
  const caption = deciles && study
    ? `${sourceText(t, deciles.dataset)} · ${t("researchLab.source.period", { from: study.period.from, to: study.period.to, months: formatNumber(locale, study.period.months) })}`
    : "";
  // Charts receive year-end points only (see chart-points.ts): the client gets ~100 points a line, not ~1,200.
  const spread = (deciles?.spread ?? []).map((s) => ({ ...s, points: yearEndIndices(s.points.map((p) => p.month)).map((i) => s.points[i]!) }));
  const smbLines = data.smb.map(({ stats }) => {
    const picks = yearEndIndices(stats.months);
    return { region: stats.region, months: picks.map((i) => stats.months[i]!), cumulative: picks.map((i) => stats.cumulative[i]!) };
  });

  return (
    <>
      <PageHeader title={t("researchLab.french.title")} subtitle={t("researchLab.french.subtitle")} />
      <ResearchNav t={t} current="french" />
      <PeriodForm t={t} range={range} bounds={deciles?.available ?? null} ignored={ignored.length > 0} />
      {!deciles && (
        <div role="status" className="mb-6 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900" data-testid="french-empty">
          <p className="font-medium">{t("researchLab.french.empty.title")}</p>
          <p className="mt-1">{t("researchLab.french.empty.body")}</p>
          <Link href="/admin/data" className="mt-2 inline-block text-blue-700 hover:underline">{t("researchLab.french.empty.link")}</Link>
        </div>
      )}
      {deciles && !deciles.study.ok && (
        <p role="status" className="mb-6 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900" data-testid="french-problem">
          {t(`researchLab.french.problem.${deciles.study.reason}`, { from: deciles.available?.from ?? "—", to: deciles.available?.to ?? "—" })}
        </p>
      )}
      {deciles && study && (
        <div className="mb-6 space-y-6">
          <Card>
            <h2 className="font-medium">{t("researchLab.french.table")}</h2>
            <p className="mb-2 text-xs text-gray-500" data-testid="decile-source">{caption}</p>
            <DecileTable t={t} locale={locale} deciles={study.deciles} />
            <p className="mt-2 text-xs text-gray-600" data-testid="risk-free-note">
              {data.riskFree
                ? t("researchLab.french.riskFree.factors", { file: data.riskFree.fileName ?? data.riskFree.name, vintage: data.riskFree.vintage, months: formatNumber(locale, study.deciles[0]?.sharpeMonths ?? 0) })
                : t("researchLab.french.riskFree.none")}
            </p>
          </Card>
          <DecileCharts deciles={study.deciles} spread={spread} caption={caption} />
          <Card>
            <h2 className="font-medium">{t("researchLab.french.firmsTable")}</h2>
            <p className="mb-2 text-xs text-gray-500">{sourceText(t, deciles.dataset)}</p>
            <FirmsTable t={t} locale={locale} table={deciles.firms} />
          </Card>
        </div>
      )}
      {/* Not a named region: its table is already the region named "Small-minus-big by region" (axe: landmark-unique). */}
      <section className="mb-6 space-y-4">
        <h2 className="text-lg font-semibold text-gray-900">{t("researchLab.smb.title")}</h2>
        {data.smb.length === 0 ? (
          <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900" data-testid="smb-empty">{t("researchLab.smb.empty")}</p>
        ) : (
          <>
            <SmbChart regions={smbLines} />
            <Card>
              <SmbTable t={t} locale={locale} rows={data.smb} />
            </Card>
          </>
        )}
      </section>
      <MethodNotes t={t} keys={["researchLab.method.deciles", "researchLab.method.cagr", "researchLab.method.volatility", "researchLab.method.sharpe", "researchLab.method.spread", "researchLab.method.smb"]} />
    </>
  );
}
