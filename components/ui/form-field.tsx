"use client";

import type { ReactNode } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { isMessageKey } from "@/lib/i18n/translate";

/** A labelled control with its field-level errors (message keys from the shared zod schema). */
export function FormField({ name, label, errors, children }: { name: string; label: string; errors?: string[]; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium text-gray-700">
        {label}
      </label>
      <div className="mt-1">{children}</div>
      {errors?.length ? (
        <p id={`${name}-error`} className="field-error" data-testid={`error-${name}`}>
          {errors.map((e) => (isMessageKey(e) ? t(e) : e)).join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export const inputClass =
  "w-full rounded-md border border-gray-300 px-3 py-2 text-sm focus:border-blue-500 focus:outline-none focus:ring-1 focus:ring-blue-500 aria-[invalid=true]:border-red-500";
