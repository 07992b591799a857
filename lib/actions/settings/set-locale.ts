"use server";

import { z } from "zod";
import { cookies } from "next/headers";
import { authedAction } from "../safe-action";
import { LOCALE_COOKIE, LOCALES } from "../../i18n/config";
import { setUserLocale } from "../../db/users";
import { env } from "../../env";

/** Remembers the language twice: in a cookie for this browser and on the account for the next one. */
export const setLocaleAction = authedAction(z.object({ locale: z.enum(LOCALES) }), async ({ locale }, { user }) => {
  const secure = env.NEXTAUTH_URL?.startsWith("https://") ?? false;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax", secure });
  await setUserLocale(user.id, locale);
  return { locale };
});
