import { getTranslator } from "@/lib/i18n/server";

export async function NotFoundPanel() {
  const { t } = await getTranslator();
  return (
    <div className="rounded-lg border border-gray-200 bg-white p-6" data-testid="not-found">
      <h1 className="text-lg font-semibold">{t("errors.notFoundTitle")}</h1>
      <p className="mt-1 text-gray-600">{t("errors.notFoundBody")}</p>
    </div>
  );
}
