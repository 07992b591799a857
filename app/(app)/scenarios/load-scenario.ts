import { notFound } from "next/navigation";
import { getScenarioVersionOrThrow } from "@/lib/db/scenarios";
import { isAppError } from "@/lib/errors/app-error";
import { idSchema } from "@/lib/validation/client";

/**
 * For the scenario pages: the advisor's own scenario and one version of it (the latest when `version` is null),
 * or the not-found page, for a missing scenario, another advisor's, or a version it does not have alike. The id
 * is checked first, so only an id-shaped string reaches the query. Called before anything streams (no loading
 * boundary above these pages), so the answer is a real 404.
 */
export async function loadScenarioVersionOrNotFound(advisorId: string, id: unknown, version: number | null) {
  const parsed = idSchema.safeParse(id);
  if (!parsed.success) notFound();
  try {
    return await getScenarioVersionOrThrow(advisorId, parsed.data, version ?? undefined);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
