import { insertMissingReferenceFigures } from "../../lib/db/reference-figures";

export async function seedReferenceFigures(): Promise<number> {
  return insertMissingReferenceFigures();
}
