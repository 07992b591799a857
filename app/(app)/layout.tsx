import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { messagesFor } from "@/lib/i18n/translate";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { AppNav } from "@/components/shell/app-nav";

/** The app shell: every page under it requires a signed-in user (checked here, not only in proxy.ts). */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const { locale } = await getTranslator(user.locale);
  return (
    <I18nProvider locale={locale} messages={messagesFor(locale)}>
      <div className="min-h-screen md:flex">
        <AppNav userName={user.name} isAdmin={user.role === "ADMIN"} />
        <main className="min-w-0 flex-1 px-4 py-6 md:px-8">{children}</main>
      </div>
    </I18nProvider>
  );
}
