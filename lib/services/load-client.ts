import { notFound } from "next/navigation";
import { getClientOrThrow, type ClientRecord } from "../db/clients";
import { isAppError } from "../errors/app-error";

/** For pages: the advisor's own client, or the not-found page (also for another advisor's id). */
export async function loadClientOrNotFound(advisorId: string, id: string): Promise<ClientRecord> {
  try {
    return await getClientOrThrow(advisorId, id);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
