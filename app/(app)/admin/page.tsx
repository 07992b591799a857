import Link from "next/link";
import { requireAdmin } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { listFirmUsers } from "@/lib/db/users";
import { listReferenceFigures } from "@/lib/db/reference-figures";
import { listDatasets } from "@/lib/db/datasets";
import { ReferenceFigureEditor } from "@/components/admin/reference-figure-editor";
import { HoldingsUpload } from "@/components/admin/holdings-upload";
import { DatasetsTable } from "@/components/admin/datasets-table";
import { UsersTable } from "@/components/admin/users-table";
import { PageHeader } from "@/components/ui/page-header";

/** The Admin area: the role is checked here, beside the data, before anything is read. */
export default async function AdminPage() {
  const user = await requireAdmin();
  const { t } = await getTranslator(user.locale);
  const [users, figures, datasets] = await Promise.all([listFirmUsers(user.firmId), listReferenceFigures(user.firmId), listDatasets(user.firmId)]);
  return (
    <>
      <PageHeader title={t("admin.title")} />
      <section className="rounded-lg border border-gray-200 bg-white p-5">
        <h2 className="mb-3 font-medium">{t("admin.users")}</h2>
        <UsersTable users={users} />
      </section>
      <section className="mt-6 rounded-lg border border-gray-200 bg-white p-5">
        <h2 className="mb-3 font-medium">{t("admin.datasets")}</h2>
        <p className="mb-3 text-sm">
          <Link href="/admin/data" className="font-medium text-blue-700 hover:underline" data-testid="admin-data-link">
            {t("admin.dataLink")}
          </Link>
        </p>
        <DatasetsTable datasets={datasets} />
        <p className="mt-2 text-xs text-gray-500">{t("admin.importHelp")}</p>
        <HoldingsUpload />
      </section>
      <section className="mt-6 rounded-lg border border-gray-200 bg-white p-5">
        <h2 className="font-medium">{t("admin.referenceFigures")}</h2>
        <p className="mt-1 text-sm text-gray-600">{t("admin.referenceHelp")}</p>
        <ul className="mt-2 divide-y divide-gray-100 text-sm">
          {figures.map((f) => (
            <ReferenceFigureEditor key={f.key} figure={f} overridden={f.overridden} />
          ))}
        </ul>
      </section>
    </>
  );
}
