import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { getScenarioOrThrow } from "@/lib/db/scenarios";
import { isAppError } from "@/lib/errors/app-error";
import { idSchema } from "@/lib/validation/client";
import type { ProposalView as View } from "@/lib/services/proposal/view-model";
import { PageHeader } from "@/components/ui/page-header";
import { ProposalView } from "@/components/proposal/proposal-view";
import { AssumptionsSummary } from "@/components/proposal/assumptions-summary";

/** The advisor's own scenario, or the not-found page (a malformed id never reaches the query). */
async function load(advisorId: string, id: unknown) {
  const parsed = idSchema.safeParse(id);
  if (!parsed.success) notFound();
  try {
    return await getScenarioOrThrow(advisorId, parsed.data);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

/** A saved scenario, rendered from its stored outputs (never recomputed). */
export default async function ScenarioPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { t, locale } = await getTranslator(user.locale);
  const scenario = await load(user.id, (await params).id);
  const latest = scenario.versions[0];
  if (!latest) notFound();
  return (
    <>
      <PageHeader
        title={scenario.name}
        subtitle={
          <>
            <Link href={`/clients/${scenario.client.id}`} className="text-blue-700 hover:underline">{scenario.client.name}</Link>
            {" · "}
            {t("scenarios.versionOf", { version: latest.version, date: formatDate(locale, latest.createdAt, true) })}
          </>
        }
      />
      <p className="mb-4 text-sm text-gray-600">{t("scenarios.asSaved")}</p>
      <AssumptionsSummary view={latest.outputs as View} />
      <ProposalView view={latest.outputs as View} />
    </>
  );
}
