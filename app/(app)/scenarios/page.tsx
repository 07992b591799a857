import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { listScenarios } from "@/lib/db/scenarios";
import { PageHeader } from "@/components/ui/page-header";

export default async function ScenariosPage() {
  const user = await requireUser();
  const { t, locale } = await getTranslator(user.locale);
  const scenarios = await listScenarios(user.id);
  return (
    <>
      <PageHeader title={t("scenarios.title")} />
      {scenarios.length === 0 ? (
        <p className="rounded-lg border border-dashed border-gray-300 p-8 text-center text-gray-600">{t("scenarios.empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
          <table className="min-w-full text-sm">
            <thead className="bg-gray-50 text-left text-gray-600">
              <tr>
                <th className="px-4 py-2 font-medium">{t("field.name")}</th>
                <th className="px-4 py-2 font-medium">{t("scenarios.client")}</th>
                <th className="px-4 py-2 font-medium">{t("scenarios.version")}</th>
                <th className="px-4 py-2 font-medium">{t("scenarios.saved")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {scenarios.map((s) => (
                <tr key={s.id}>
                  <td className="px-4 py-2"><Link href={`/scenarios/${s.id}`} className="text-blue-700 hover:underline">{s.name}</Link></td>
                  <td className="px-4 py-2"><Link href={`/clients/${s.clientId}`} className="hover:underline">{s.clientName}</Link></td>
                  <td className="px-4 py-2">v{s.latestVersion}</td>
                  <td className="px-4 py-2 text-gray-600">{formatDate(locale, s.updatedAt, true)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
