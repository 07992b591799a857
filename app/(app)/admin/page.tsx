import { requireAdmin } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { listFirmUsers } from "@/lib/db/users";
import { listReferenceFigures } from "@/lib/db/reference-figures";
import { listDatasets, type DatasetMeta } from "@/lib/db/datasets";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { ReferenceFigureEditor } from "@/components/admin/reference-figure-editor";
import { HoldingsUpload } from "@/components/admin/holdings-upload";
import { PageHeader } from "@/components/ui/page-header";
import { SYNTHETIC_LABEL } from "@/lib/data/synthetic/label";

/**
 * A set the app generated entirely (the demo seed) is named from the catalog, in the reader's language; an
 * imported set, even one mixed with synthetic sleeves, keeps the name and source it was stored with.
 */
const isGenerated = (d: DatasetMeta) => d.source === SYNTHETIC_LABEL;

/** The Admin area: the role is checked here, beside the data, before anything is read. */
export default async function AdminPage() {
  const user = await requireAdmin();
  const { t, locale } = await getTranslator(user.locale);
  const [users, figures, datasets] = await Promise.all([listFirmUsers(user.firmId), listReferenceFigures(user.firmId), listDatasets(user.firmId)]);
  return (
    <>
      <PageHeader title={t("admin.title")} />
      <section className="rounded-lg border border-gray-200 bg-white p-5">
        <h2 className="mb-3 font-medium">{t("admin.users")}</h2>
        <table className="min-w-full text-sm">
          <thead className="text-left text-gray-600">
            <tr>
              <th className="py-1">{t("field.name")}</th>
              <th className="py-1">{t("login.email")}</th>
              <th className="py-1">{t("admin.role")}</th>
              <th className="py-1 text-right">{t("admin.clients")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {users.map((u) => (
              <tr key={u.id}>
                <td className="py-1">{u.name}</td>
                <td className="py-1">{u.email}</td>
                <td className="py-1">{t(u.role === "ADMIN" ? "admin.roleName.ADMIN" : "admin.roleName.ADVISOR")}</td>
                <td className="py-1 text-right tabular-nums">{formatNumber(locale, u.clientCount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="mt-6 rounded-lg border border-gray-200 bg-white p-5">
        <h2 className="mb-3 font-medium">{t("admin.datasets")}</h2>
        <table className="min-w-full text-sm" data-testid="datasets">
          <thead className="text-left text-gray-600">
            <tr>
              <th className="py-1">{t("field.name")}</th>
              <th className="py-1">{t("admin.kind")}</th>
              <th className="py-1">{t("admin.source")}</th>
              <th className="py-1">{t("admin.vintage")}</th>
              <th className="py-1">{t("admin.loaded")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {datasets.map((d) => (
              <tr key={d.id}>
                <td className="py-1">
                  {isGenerated(d) ? t(`admin.syntheticDataset.${d.kind}`) : d.name}
                  {d.synthetic && <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-900">{t("common.synthetic")}</span>}
                </td>
                <td className="py-1">{t(`admin.datasetKind.${d.kind}`)}</td>
                <td className="py-1 text-gray-600">{isGenerated(d) ? t("admin.syntheticSource") : d.source}</td>
                <td className="py-1">{d.vintage}{d.asOf ? ` · ${formatDate(locale, d.asOf)}` : ""}</td>
                <td className="py-1 text-gray-600">{formatDate(locale, d.createdAt, true)}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
