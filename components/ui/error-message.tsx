"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import type { ActionError } from "@/lib/actions/safe-action";

/** Turns an action's error code into the one readable message for it. */
export function ErrorMessage({ error }: { error: ActionError | null }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="action-error">
      {t(`errors.${error.code}`)}
    </p>
  );
}
