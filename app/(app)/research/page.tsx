import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";

export default async function ResearchPage() {
  const user = await requireUser();
  const { t } = await getTranslator(user.locale);
  return <PageHeader title={t("research.title")} />;
}
