import { z } from "zod";
import { KRX_MARKETS, KRX_TIERS } from "../data/krx-index-codes";
import { REGIONS, SIZES } from "../market/regions";

/** A form field left empty arrives as "": the same as not given. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());

/**
 * What the admin data page's upload sends beside the file (as URL parameters; the body is the file itself):
 * its name, and what the file may not say (as-of date, KRX market and tier, the region and size of an
 * unknown fund's holdings, a name).
 */
export const datasetUploadSchema = z.object({
  fileName: z.string({ error: "errors.required" }).trim().min(1, { error: "errors.required" }).max(200, { error: "errors.tooLong" }),
  asOf: optional(z.iso.date({ error: "errors.invalidDate" })),
  market: optional(z.enum(KRX_MARKETS, { error: "errors.invalidChoice" })),
  tier: optional(z.enum(KRX_TIERS, { error: "errors.invalidChoice" })),
  region: optional(z.enum(REGIONS, { error: "errors.invalidChoice" })),
  size: optional(z.enum(SIZES, { error: "errors.invalidChoice" })),
  label: optional(z.string().trim().max(120, { error: "errors.tooLong" })),
});

export type DatasetUploadFields = z.output<typeof datasetUploadSchema>;
