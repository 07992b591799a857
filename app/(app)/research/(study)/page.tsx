import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { listPanelDatasets } from "@/lib/db/panel-datasets";
import { demoSizeStudy } from "@/lib/services/research/demo-study";
import { INLINE_ROW_LIMIT } from "@/lib/services/research/panel-study";
import { PageHeader } from "@/components/ui/page-header";
import { ResearchWorkspace, type PanelChoice } from "@/components/research/research-workspace";
import { ResearchNav } from "@/components/research-lab/research-nav";

export default async function ResearchPage() {
  const user = await requireUser();
  const { t } = await getTranslator(user.locale);
  // The firm's own stored panels (and global ones): the query filters by the session's firm.
  const panels: PanelChoice[] = (await listPanelDatasets(user.firmId)).map((d) => ({
    id: d.id,
    name: d.name,
    fileName: d.fileName ?? null,
    rowCount: d.rowCount,
    securities: d.summary.securities,
    firstDate: d.summary.firstDate,
    lastDate: d.summary.lastDate,
  }));
  return (
    <>
      <PageHeader title={t("research.title")} subtitle={t("research.subtitle")} />
      <ResearchNav t={t} current="size" />
      <ResearchWorkspace demo={demoSizeStudy()} panels={panels} inlineRowLimit={INLINE_ROW_LIMIT} />
    </>
  );
}
