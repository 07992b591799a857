import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { formatCurrency, formatDate } from "@/lib/i18n/format";
import { loadClientOrNotFound } from "../load-client";
import { generateProposal } from "@/lib/services/proposal/generate-proposal";
import { isAppError } from "@/lib/errors/app-error";
import { DEFAULT_ASSUMPTIONS } from "@/lib/validation/proposal";
import { PageHeader } from "@/components/ui/page-header";
import { ProposalWorkspace } from "@/components/proposal/proposal-workspace";

export default async function ProposalPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { t, locale } = await getTranslator(user.locale);
  const client = await loadClientOrNotFound(user.id, (await params).id);

  let view;
  try {
    view = await generateProposal({ advisorId: user.id, firmId: user.firmId, clientId: client.id, assumptions: DEFAULT_ASSUMPTIONS });
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
            {t(`market.${client.homeMarket as "US"}`)} · {t(`risk.${client.riskTolerance as 1}`)} · {client.horizonYears}y ·{" "}
            {formatCurrency(locale, client.investableAssets, client.currency)}
          </>
        }
      />
      <ProposalWorkspace initial={view} defaultScenarioName={`${client.name} · ${formatDate(locale, new Date())}`} />
    </>
  );
}
