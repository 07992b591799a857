import { notFound } from "next/navigation";
import { getClientOrThrow, type ClientRecord } from "@/lib/db/clients";
import { isAppError } from "@/lib/errors/app-error";
import { idSchema } from "@/lib/validation/client";

/**
 * For the client's pages: the advisor's own client, or the not-found page (also for another advisor's id).
 * Called before anything streams (no loading.tsx above these pages), so the answer is a real 404. The id is
 * checked first: only an id-shaped string reaches the query (never an object that Prisma would read as a filter).
 */
export async function loadClientOrNotFound(advisorId: string, id: unknown): Promise<ClientRecord> {
  const parsed = idSchema.safeParse(id);
  if (!parsed.success) notFound();
  try {
    return await getClientOrThrow(advisorId, parsed.data);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
