import Link from "next/link";
import { requireAdmin } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { loadDataOverview } from "@/lib/services/datasets/data-overview";
import { DataUpload } from "@/components/admin/data-upload";
import { DataSetsTable } from "@/components/admin/data-sets-table";
import { SlotChoices } from "@/components/admin/slot-choices";
import { PageHeader } from "@/components/ui/page-header";

/**
 * /admin/data: upload any supported data file, list the firm's data sets, activate or delete them, and choose
 * per slot what the firm's proposals use. The role is checked here, beside the data, before anything is read.
 */
export default async function AdminDataPage() {
  const user = await requireAdmin();
  const { t } = await getTranslator(user.locale);
  const { datasets, slots } = await loadDataOverview(user.firmId);
  return (
    <>
      <PageHeader
        title={t("adminData.title")}
        subtitle={
          <Link href="/admin" className="text-blue-700 hover:underline">
            {t("nav.admin")}
          </Link>
        }
      />
      <p className="mb-6 max-w-3xl text-sm text-gray-700">{t("adminData.intro")}</p>
      <section className="rounded-lg border border-gray-200 bg-white p-5">
        <h2 className="mb-3 font-medium">{t("adminData.uploadTitle")}</h2>
        <DataUpload />
      </section>
      <section className="mt-6 rounded-lg border border-gray-200 bg-white p-5">
        <h2 className="mb-3 font-medium">{t("adminData.datasetsTitle")}</h2>
        <DataSetsTable datasets={datasets} />
      </section>
      <section className="mt-6 rounded-lg border border-gray-200 bg-white p-5">
        <h2 className="font-medium">{t("adminData.slotsTitle")}</h2>
        <p className="mb-3 mt-1 text-sm text-gray-600">{t("adminData.slotsHelp")}</p>
        <SlotChoices slots={slots} />
      </section>
    </>
  );
}
