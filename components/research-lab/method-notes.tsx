import type { MessageKey } from "@/lib/i18n/messages/en";
import type { Translate } from "@/lib/i18n/translate";

/** The methodology, written for advisors: one paragraph per formula, under a heading. No hooks. */
export function MethodNotes({ t, keys }: { t: Translate; keys: readonly MessageKey[] }) {
  return (
    <section className="rounded-lg border border-gray-200 bg-white p-4 text-sm text-gray-700" aria-labelledby="method-title" data-testid="method-notes">
      <h2 id="method-title" className="mb-2 font-medium text-gray-900">{t("researchLab.method.title")}</h2>
      {keys.map((key) => (
        <p key={key} className="mt-1">{t(key)}</p>
      ))}
    </section>
  );
}
