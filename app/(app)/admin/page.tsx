import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { listFirmUsers } from "@/lib/db/users";
import { listReferenceFigures } from "@/lib/db/reference-figures";
import { ReferenceFigureEditor } from "@/components/admin/reference-figure-editor";
import { PageHeader } from "@/components/ui/page-header";

export default async function AdminPage() {
  const user = await requireUser();
  const { t } = await getTranslator(user.locale);
  const [users, figures] = await Promise.all([listFirmUsers(user.firmId), listReferenceFigures()]);
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
                <td className="py-1">{u.role}</td>
                <td className="py-1 text-right tabular-nums">{u.clientCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="mt-6 rounded-lg border border-gray-200 bg-white p-5">
        <h2 className="font-medium">{t("admin.referenceFigures")}</h2>
        <p className="mt-1 text-sm text-gray-600">{t("admin.referenceHelp")}</p>
        <ul className="mt-2 divide-y divide-gray-100 text-sm">
          {figures.map((f) => (
            <ReferenceFigureEditor key={f.key} figure={f} />
          ))}
        </ul>
      </section>
    </>
  );
}
