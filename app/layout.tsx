import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { getTranslator } from "@/lib/i18n/server";
import { messagesFor } from "@/lib/i18n/translate";
import { I18nProvider } from "@/components/i18n/i18n-provider";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("app.name"), description: t("app.tagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale } = await getTranslator();
  return (
    <html lang={locale}>
      <body>
        <I18nProvider locale={locale} messages={messagesFor(locale)}>
          {children}
        </I18nProvider>
      </body>
    </html>
  );
}
