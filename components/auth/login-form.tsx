"use client";

import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { useRouter, useSearchParams } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { MessageKey } from "@/lib/i18n/messages/en";
import { safeCallbackPath } from "@/lib/auth/callback-url";

const LOGIN_INPUT = "w-full rounded-md border border-gray-300 px-3 py-2";

function messageFor(error: string): MessageKey {
  if (error === "RATE_LIMITED") return "login.locked";
  if (error === "CredentialsSignin") return "login.invalid";
  return "login.error";
}

export function LoginForm() {
  const { t } = useI18n();
  const router = useRouter();
  const params = useSearchParams();
  const [error, setError] = useState<MessageKey | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (!result || result.error) {
      setError(messageFor(result?.error ?? "error"));
      return;
    }
    router.replace(safeCallbackPath(params.get("callbackUrl"), window.location.origin));
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="mt-4 space-y-4" noValidate>
      <FormField id="login-email" label={t("login.email")}>
        {(c) => <input {...c} name="email" type="email" autoComplete="username" required className={LOGIN_INPUT} />}
      </FormField>
      <FormField id="login-password" label={t("login.password")}>
        {(c) => <input {...c} name="password" type="password" autoComplete="current-password" required className={LOGIN_INPUT} />}
      </FormField>
      {error && (
        <p role="alert" data-testid="login-error" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {t(error)}
        </p>
      )}
      <SubmitButton
        pending={pending}
        label={t("login.submit")}
        pendingLabel={t("login.submitting")}
        className="w-full rounded-md bg-blue-600 px-4 py-2 font-medium text-white hover:bg-blue-700 disabled:opacity-60"
      />
    </form>
  );
}
