import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { ClientForm } from "@/components/clients/client-form";

export default async function NewClientPage() {
  const user = await requireUser();
  const { t } = await getTranslator(user.locale);
  return (
    <>
      <PageHeader title={t("clients.new")} />
      <ClientForm />
    </>
  );
}
