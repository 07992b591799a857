import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";

/** The 403 page's body: says no, and nothing about what the page would have shown; a way back to the dashboard. */
export async function ForbiddenPanel() {
  const { t } = await getTranslator();
  return (
    <>
      <div className="rounded-lg border border-red-200 bg-red-50 p-6" data-testid="forbidden">
        <h1 className="text-lg font-semibold text-red-900">{t("admin.forbiddenTitle")}</h1>
        <p className="mt-1 text-red-900">{t("errors.FORBIDDEN")}</p>
      </div>
      <p className="mt-4 text-sm">
        <Link href="/dashboard" className="text-blue-700 hover:underline">{t("nav.dashboard")}</Link>
      </p>
    </>
  );
}
