import { insertClient, updateClientOrThrow, type ClientRecord } from "../../db/clients";
import type { ClientInput } from "../../validation/client";
import { profileFieldsOf } from "./profile-fields";

export type CreateClientOptions = { advisorId: string; input: ClientInput };

/** A new client of the advisor, from the form's validated input (stored with its activity, in one transaction). */
export async function createClient({ advisorId, input }: CreateClientOptions): Promise<ClientRecord> {
  return insertClient(advisorId, profileFieldsOf(input));
}

export type UpdateClientOptions = {
  advisorId: string;
  clientId: string;
  /** The version the edit form loaded. */
  expectedVersion: number;
  input: ClientInput;
};

/**
 * Saves the advisor's edit of their own client.
 * @throws AppError NOT_FOUND for a missing client or another advisor's; CONFLICT when it was saved or archived
 * since `expectedVersion`
 */
export async function updateClient({ advisorId, clientId, expectedVersion, input }: UpdateClientOptions): Promise<ClientRecord> {
  return updateClientOrThrow(advisorId, clientId, expectedVersion, profileFieldsOf(input));
}
