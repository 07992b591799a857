import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { loadClientOrNotFound } from "../load-client";
import { clientFormFieldsOf } from "@/lib/services/clients/profile-fields";
import { PageHeader } from "@/components/ui/page-header";
import { ClientForm } from "@/components/clients/client-form";

export default async function EditClientPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { t } = await getTranslator(user.locale);
  const client = await loadClientOrNotFound(user.id, (await params).id);
  return (
    <>
      <PageHeader title={`${t("clients.edit")} · ${client.name}`} />
      <ClientForm edit={{ id: client.id, version: client.version }} initial={clientFormFieldsOf(client)} />
    </>
  );
}
