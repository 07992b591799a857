import { z } from "zod";
import { currentUser } from "@/lib/auth/session";
import { getScenarioVersionOrThrow, recordScenarioExport } from "@/lib/db/scenarios";
import { isAppError } from "@/lib/errors/app-error";
import type { Locale } from "@/lib/i18n/config";
import type { MessageKey } from "@/lib/i18n/messages/en";
import { getLocale } from "@/lib/i18n/server";
import { createTranslate, messagesFor } from "@/lib/i18n/translate";
import type { ReportInput } from "@/components/report/types";
import type { ExportFormat } from "@/lib/scenarios/events";
import { allowAction } from "@/lib/security/rate-limit";
import { RATE_LIMITS } from "@/lib/security/rate-limit-policy";
import { idSchema } from "@/lib/validation/client";
import { attachmentDisposition, asciiFileName } from "@/lib/http/content-disposition";

/** What a route's renderer returns: the bytes (or text, sent as UTF-8), their type, and the file name's last part. */
export type ExportFile = { body: Uint8Array<ArrayBuffer> | string; contentType: string; suffix: string };

export type ScenarioRouteContext = { params: Promise<{ id: string }> };

/** `?version=3`, once, as digits (at most six, as the scenario pages read it); absent → the latest version. */
const versionQuerySchema = z.array(z.string().regex(/^[1-9]\d{0,5}$/).transform(Number)).max(1);

/**
 * The steps every export of a saved scenario version shares, so each route handler only says how to render:
 * 1. the signed-in user (re-read from the database), else a redirect to the login page, back here after;
 * 2. the id and `?version=` checked with zod: anything malformed answers 404, like an id that does not exist;
 * 3. the per-user export limit (lib/security/rate-limit-policy.ts), counted for well-formed requests: 429;
 * 4. the version, read with the advisor's id in the query: another advisor's scenario, a missing one or a
 *    version it does not have all answer the same 404; a version whose stored view the app can no longer
 *    read answers 409 (it cannot be rendered as saved, and is never recomputed);
 * 5. rendering, in the user's language (the locale cookie, else the account's);
 * 6. the audit event (recordScenarioExport), written after rendering succeeded and before any byte is sent,
 *    so no file leaves without its row.
 */
export async function exportScenarioVersion(
  request: Request,
  context: ScenarioRouteContext,
  format: ExportFormat,
  render: (input: ReportInput) => Promise<ExportFile> | ExportFile,
): Promise<Response> {
  const user = await currentUser();
  if (!user) return redirectToLogin(request);
  const locale = await getLocale(user.locale);
  const id = idSchema.safeParse((await context.params).id);
  const version = versionQuerySchema.safeParse(new URL(request.url).searchParams.getAll("version"));
  if (!id.success || !version.success) return textResponse(404, "errors.notFoundBody", locale);
  if (!(await allowAction("export", user.id))) {
    return textResponse(429, "errors.RATE_LIMITED", locale, { "Retry-After": String(RATE_LIMITS.export.windowMs / 1000) });
  }
  const loaded = await loadVersion(user.id, id.data, version.data[0]);
  if (!loaded) return textResponse(404, "errors.notFoundBody", locale);
  const { scenario, version: stored } = loaded;
  if (!stored.view) return textResponse(409, "report.unavailable", locale);
  const file = await render({
    view: stored.view,
    meta: {
      clientName: scenario.client.name,
      advisorName: scenario.advisorName,
      firmName: scenario.firmName,
      scenarioName: scenario.name,
      version: stored.version,
      savedAt: stored.createdAt,
      preparedAt: new Date(),
      locale,
    },
  });
  await recordScenarioExport(user.id, scenario.id, stored.version, format);
  const fileName = `${scenario.name} v${stored.version} ${file.suffix}`;
  const fallback = /[A-Za-z0-9]/.test(asciiFileName(scenario.name)) ? fileName : `scenario v${stored.version} ${file.suffix}`;
  return new Response(file.body, {
    status: 200,
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": attachmentDisposition(fileName, fallback),
      // A client's portfolio: never kept by a shared cache or the browser's back-forward cache.
      "Cache-Control": "private, no-store",
    },
  });
}

async function loadVersion(advisorId: string, scenarioId: string, version: number | undefined) {
  try {
    return await getScenarioVersionOrThrow(advisorId, scenarioId, version);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

/** To the login page, which sends the browser back to this export after sign-in (lib/auth/callback-url.ts checks the path). */
function redirectToLogin(request: Request): Response {
  const url = new URL(request.url);
  const login = `/login?${new URLSearchParams({ callbackUrl: `${url.pathname}${url.search}` })}`;
  return new Response(null, { status: 307, headers: { Location: login, "Cache-Control": "no-store" } });
}

function textResponse(status: number, key: MessageKey, locale: Locale, headers: Record<string, string> = {}): Response {
  const text = createTranslate(messagesFor(locale))(key);
  return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers } });
}
