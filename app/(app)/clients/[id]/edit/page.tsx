import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { loadClientOrNotFound } from "../load-client";
import type { CurrentAllocation } from "@/lib/domain/client";
import { PageHeader } from "@/components/ui/page-header";
import { ClientForm } from "@/components/clients/client-form";

const pct = (x: number) => Math.round(x * 10000) / 100;

function percentFields(a: CurrentAllocation | null) {
  if (!a) return {};
  return { currentUsEquityPct: pct(a.usEquity), currentIntlEquityPct: pct(a.intlEquity), currentBondsPct: pct(a.bonds), currentCashPct: pct(a.cash) };
}

export default async function EditClientPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { t } = await getTranslator(user.locale);
  const client = await loadClientOrNotFound(user.id, (await params).id);
  return (
    <>
      <PageHeader title={`${t("clients.edit")} · ${client.name}`} />
      <ClientForm
        edit={{ id: client.id, version: client.version }}
        initial={{
          ...client,
          email: client.email ?? "",
          notes: client.notes ?? "",
          maxFeeBps: client.maxFeeBps ?? undefined,
          maxSmallCapSharePct: client.maxSmallCapShare === null ? undefined : Math.round(client.maxSmallCapShare * 1000) / 10,
          currency: client.currency as "USD",
          ...percentFields(client.currentAllocation),
        }}
      />
    </>
  );
}
