"use client";

import { useFormStatus } from "react-dom";

export const primaryButtonClass = "rounded-md bg-blue-600 px-4 py-2 text-sm font-medium text-white hover:bg-blue-700 disabled:opacity-60";
export const secondaryButtonClass = "rounded-md border border-gray-300 bg-white px-4 py-2 text-sm hover:bg-gray-50 disabled:opacity-60";

type Props = {
  label: string;
  /** Shown while the form is busy, e.g. "Saving…" (from the catalogs). */
  pendingLabel: string;
  /**
   * Whether the form is busy, for forms that submit in their own handler. Left out, the button follows the
   * enclosing form's own submission (`useFormStatus`: a `next/form` navigation or a form action).
   */
  pending?: boolean;
  className?: string;
};

/** A form's submit button: disabled, and saying what is happening, while the form is busy. */
export function SubmitButton({ label, pendingLabel, pending, className = primaryButtonClass }: Props) {
  const status = useFormStatus();
  const busy = pending ?? status.pending;
  return (
    <button type="submit" disabled={busy} className={className}>
      {busy ? pendingLabel : label}
    </button>
  );
}
