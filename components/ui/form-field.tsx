"use client";

import type { ReactNode } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";

/**
 * What ties a control to its label and its errors: spread it onto the input, select or textarea. With errors
 * the control is `aria-invalid` and described by the message, so a screen reader reads it with the field.
 */
export type FieldControl = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

/** Message keys from the shared zod schema, or text already in the reader's language. */
type Errors = readonly string[] | undefined;

const errorId = (id: string) => `${id}-error`;

function useErrorText(errors: Errors): string | null {
  const { t, isKey } = useI18n();
  return errors?.length ? errors.map((e) => (isKey(e) ? t(e) : e)).join(" ") : null;
}

function FieldError({ id, message }: { id: string; message: string | null }) {
  if (message === null) return null;
  return (
    <p id={errorId(id)} className="field-error" data-testid={`error-${id}`}>
      {message}
    </p>
  );
}

type FieldProps = {
  /** The control's id; its error message is `<id>-error` (test id `error-<id>`). */
  id: string;
  label: ReactNode;
  errors?: Errors;
  /** The label is read by assistive technology but not shown (a search box with a placeholder). */
  labelHidden?: boolean;
  className?: string;
  children: (control: FieldControl) => ReactNode;
};

/** A labelled control with its field-level errors. */
export function FormField({ id, label, errors, labelHidden = false, className, children }: FieldProps) {
  const message = useErrorText(errors);
  const control: FieldControl = message === null ? { id } : { id, "aria-invalid": true, "aria-describedby": errorId(id) };
  return (
    <div className={className}>
      <label htmlFor={id} className={labelHidden ? "sr-only" : "block text-sm font-medium text-gray-700"}>
        {label}
      </label>
      <div className={labelHidden ? undefined : "mt-1"}>{children(control)}</div>
      <FieldError id={id} message={message} />
    </div>
  );
}

type FieldsetProps = { id: string; legend: ReactNode; errors?: Errors; className?: string; children: ReactNode };

/** A group of check boxes (or radios) under one legend, described by the group's errors. */
export function FormFieldset({ id, legend, errors, className, children }: FieldsetProps) {
  const message = useErrorText(errors);
  return (
    <fieldset id={id} aria-describedby={message === null ? undefined : errorId(id)} className={className}>
      <legend className="text-sm font-medium text-gray-700">{legend}</legend>
      {children}
      <FieldError id={id} message={message} />
    </fieldset>
  );
}

/** A select's options, one per value, each named by `label`. */
export function optionsOf<V extends string | number>(values: readonly V[], label: (value: V) => string): ReactNode[] {
  return values.map((value) => (
    <option key={value} value={value}>
      {label(value)}
    </option>
  ));
}

export const inputClass =
  "w-full rounded-md border border-gray-300 px-3 py-2 text-sm focus:border-blue-500 focus:outline-none focus:ring-1 focus:ring-blue-500 aria-[invalid=true]:border-red-500";
