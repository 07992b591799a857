import { currentUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors/app-error";
import type { Locale } from "@/lib/i18n/config";
import type { MessageKey } from "@/lib/i18n/messages/en";
import { getLocale } from "@/lib/i18n/server";
import { createTranslate, messagesFor } from "@/lib/i18n/translate";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { allowAction } from "@/lib/security/rate-limit";
import { RATE_LIMITS } from "@/lib/security/rate-limit-policy";
import { loadSizeEffect } from "@/lib/services/research/size-effect";
import { sizeEffectCsv } from "@/components/research-size/size-effect-csv";
import { bucketKey, parseSizeEffectQuery } from "../size-effect-query";

/**
 * GET /research/size-effect/results.csv?<the page's parameters>: the study the page shows, as a spreadsheet.
 * The same parsing as the page (a bad value takes its default), the session checked here, and the dataset
 * read with the user's firm in the query: another firm's panel answers 404, as a missing one does.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await currentUser();
  if (!user) {
    const url = new URL(request.url);
    const login = `/login?${new URLSearchParams({ callbackUrl: `${url.pathname}${url.search}` })}`;
    return new Response(null, { status: 307, headers: { Location: login, "Cache-Control": "no-store" } });
  }
  const locale = await getLocale(user.locale);
  if (!(await allowAction("export", user.id))) {
    return text(429, "errors.RATE_LIMITED", locale, { "Retry-After": String(RATE_LIMITS.export.windowMs / 1000) });
  }
  const params: Record<string, string[]> = {};
  for (const [key, value] of new URL(request.url).searchParams) (params[key] ??= []).push(value);
  const { inputs } = parseSizeEffectQuery(params);
  let answer;
  try {
    answer = await loadSizeEffect(user, inputs);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return text(404, "errors.notFoundBody", locale);
    throw error;
  }
  if (answer.kind === "no_windows") return text(409, "researchSize.noWindows", locale);
  // A large panel's figures come from its finished background job; the download never starts one.
  if (answer.kind === "too_large" || answer.kind === "job") return text(409, "researchSize.tooLarge", locale);
  return new Response(sizeEffectCsv(answer.view, bucketKey), {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": attachmentDisposition("size-effect.csv", "size-effect.csv"),
      "Cache-Control": "private, no-store",
    },
  });
}

function text(status: number, key: MessageKey, locale: Locale, headers: Record<string, string> = {}): Response {
  return new Response(createTranslate(messagesFor(locale))(key), { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers } });
}
