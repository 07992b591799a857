import { Suspense } from "react";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { getTranslator } from "@/lib/i18n/server";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/accounts";
import { LoginForm } from "@/components/auth/login-form";

export default async function LoginPage() {
  if (await currentUser()) redirect("/dashboard");
  const { t } = await getTranslator();
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <h1 className="text-2xl font-semibold text-gray-900">{t("app.name")}</h1>
      <p className="mt-1 text-sm text-gray-600">{t("app.tagline")}</p>
      <div className="mt-8 rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
        <h2 className="text-lg font-medium">{t("login.title")}</h2>
        <Suspense>
          <LoginForm />
        </Suspense>
      </div>
      {env.DEMO_MODE && (
        <section className="mt-6 rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm" aria-label={t("login.demoTitle")}>
          <h2 className="font-medium text-amber-900">{t("login.demoTitle")}</h2>
          <ul className="mt-2 space-y-1 text-amber-900">
            {DEMO_USERS.map((u) => (
              <li key={u.email}>
                <code>{u.email}</code> · {u.role}
              </li>
            ))}
          </ul>
          <p className="mt-2 text-amber-900">{t("login.demoPassword", { password: DEMO_PASSWORD })}</p>
        </section>
      )}
    </main>
  );
}
