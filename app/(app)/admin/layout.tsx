import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";

/** The Admin area is refused to advisors by URL too, not only hidden from their navigation. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  if (user.role !== "ADMIN") {
    const { t } = await getTranslator(user.locale);
    return (
      <div className="rounded-lg border border-red-200 bg-red-50 p-6" data-testid="forbidden">
        <h1 className="text-lg font-semibold text-red-900">403</h1>
        <p className="mt-1 text-red-900">{t("errors.FORBIDDEN")}</p>
      </div>
    );
  }
  return children;
}
