import Link from "next/link";
import { ForbiddenPanel } from "@/components/ui/forbidden-panel";
import { getTranslator } from "@/lib/i18n/server";

/** Rendered with HTTP 403 wherever a page calls forbidden() (see requireAdmin in lib/auth/session.ts). */
export default async function Forbidden() {
  const { t } = await getTranslator();
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <ForbiddenPanel />
      <p className="mt-4 text-sm">
        <Link href="/dashboard" className="text-blue-700 hover:underline">{t("nav.dashboard")}</Link>
      </p>
    </main>
  );
}
