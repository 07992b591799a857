import { notFound } from "next/navigation";
import { Card } from "@tremor/react";
import { requireUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors/app-error";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { compareGapSnapshots, type GapComparison } from "@/lib/services/research/gap-compare";
import { listGapSnapshots } from "@/lib/services/research/gap-snapshots";
import { PageHeader } from "@/components/ui/page-header";
import { ResearchNav } from "@/components/research-lab/research-nav";
import { GapPicker } from "@/components/research-lab/gap-picker";
import { GapTable } from "@/components/research-lab/gap-table";
import { GapBreakdown } from "@/components/research-lab/gap-breakdown";
import { GapReferences } from "@/components/research-lab/gap-references";
import { MethodNotes } from "@/components/research-lab/method-notes";
import { parseGapQuery } from "./gap-query";

type Props = { searchParams?: Promise<Record<string, string | string[] | undefined>> };

/** The comparison, or the not-found page when a chosen snapshot is not one the firm sees (another firm's alike). */
async function compareOrNotFound(firmId: string, keys: string[]): Promise<GapComparison> {
  try {
    return await compareGapSnapshots({ firmId, keys });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

/**
 * Two or more constituent snapshots (the firm's imported holdings and KRX lists, the demo segments) compared side
 * by side (?s=<key>&s=<key>), beside the article's reference figures.
 */
export default async function InformationGapPage({ searchParams }: Props) {
  const user = await requireUser();
  const { t, locale } = await getTranslator(user.locale);
  const { keys, ignored } = parseGapQuery((await searchParams) ?? {});
  const options = await listGapSnapshots(user.firmId);
  const comparison = keys.length >= 2 ? await compareOrNotFound(user.firmId, keys) : null;
  const headers = comparison?.columns.map((c) => {
    const s = c.metrics.source;
    const when = s.asOf ? formatDate(locale, s.asOf) : null;
    return `${s.label}${s.synthetic ? ` (${t("researchLab.gap.synthetic")})` : ""}${when ? ` · ${when}` : ""}`;
  }) ?? [];

  return (
    <>
      <PageHeader title={t("researchLab.gap.title")} subtitle={t("researchLab.gap.subtitle")} />
      <ResearchNav t={t} current="gap" />
      {options.length === 0 ? (
        <p role="status" className="mb-6 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">{t("researchLab.gap.none")}</p>
      ) : (
        <GapPicker t={t} locale={locale} options={options} selected={keys} />
      )}
      {ignored && <p role="status" className="mb-4 text-sm text-amber-800">{t("researchLab.gap.ignored")}</p>}
      {!comparison && options.length > 0 && <p role="status" className="mb-6 text-sm text-gray-700" data-testid="gap-need-two">{t("researchLab.gap.needTwo")}</p>}
      {comparison && (
        <div className="mb-6 space-y-6">
          <Card>
            <h2 className="font-medium">{t("researchLab.gap.table")}</h2>
            <ul className="mb-2 text-xs text-gray-500">
              {comparison.columns.map((c) => (
                <li key={c.key}>
                  {c.metrics.source.asOf
                    ? t("researchLab.gap.asOf", { source: c.metrics.source.source, date: formatDate(locale, c.metrics.source.asOf) })
                    : t("researchLab.gap.undated", { source: c.metrics.source.source })}
                </li>
              ))}
            </ul>
            <GapTable t={t} locale={locale} columns={comparison.columns} headers={headers} />
            {comparison.columns.map((c) =>
              c.proxies ? (
                <p key={c.key} className="mt-2 text-xs text-gray-500">
                  {t("researchLab.gap.proxySource", { label: c.metrics.source.label, file: c.proxies.dataset.fileName ?? c.proxies.dataset.name, vintage: c.proxies.dataset.vintage })}
                </p>
              ) : null,
            )}
          </Card>
          <div className="grid gap-6 xl:grid-cols-2">
            <Card>
              <h2 className="font-medium">{t("researchLab.gap.byCountry")}</h2>
              <GapBreakdown t={t} locale={locale} title={t("researchLab.gap.byCountry")} breakdowns={comparison.columns.map((c) => c.metrics.byCountry)} headers={headers} />
            </Card>
            <Card>
              <h2 className="font-medium">{t("researchLab.gap.bySector")}</h2>
              <GapBreakdown t={t} locale={locale} title={t("researchLab.gap.bySector")} breakdowns={comparison.columns.map((c) => c.metrics.bySector)} headers={headers} />
            </Card>
          </div>
          <Card>
            <h2 className="font-medium">{t("researchLab.gap.references")}</h2>
            <GapReferences t={t} locale={locale} figures={comparison.references} />
          </Card>
        </div>
      )}
      <MethodNotes t={t} keys={["researchLab.gap.method"]} />
    </>
  );
}
