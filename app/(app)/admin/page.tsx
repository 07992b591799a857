import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { listFirmUsers } from "@/lib/db/users";
import { PageHeader } from "@/components/ui/page-header";

export default async function AdminPage() {
  const user = await requireUser();
  const { t } = await getTranslator(user.locale);
  const users = await listFirmUsers(user.firmId);
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
    </>
  );
}
