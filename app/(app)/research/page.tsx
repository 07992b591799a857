import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { demoSizeStudy } from "@/lib/services/research/demo-study";
import { PageHeader } from "@/components/ui/page-header";
import { SizeStudyView } from "@/components/research/size-study-view";

export default async function ResearchPage() {
  const user = await requireUser();
  const { t } = await getTranslator(user.locale);
  return (
    <>
      <PageHeader title={t("research.title")} subtitle={t("research.subtitle")} />
      <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900" data-testid="synthetic-label">
        {t("research.synthetic")}
      </p>
      <SizeStudyView study={demoSizeStudy()} />
    </>
  );
}
