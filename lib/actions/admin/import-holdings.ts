"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { authedAction } from "../safe-action";
import { REGIONS, SIZES } from "../../market/regions";
import { base64ByteLength, MAX_UPLOAD_BASE64_LENGTH, MAX_UPLOAD_BYTES } from "../../data/upload-limit";
import { importHoldingsDataset, MAX_REPORTED_ERRORS } from "../../services/datasets/import-holdings";
import { AppError, isAppError } from "../../errors/app-error";

/**
 * The uploaded file's bytes, base64-encoded: sending `file.text()` would let the browser decode a Latin-1 or
 * CP949 file with replacement characters before the server could refuse it. Up to 4 MiB (lib/data/upload-limit.ts).
 */
const schema = z.object({
  label: z.string({ error: "errors.required" }).trim().min(1, { error: "errors.required" }).max(120, { error: "errors.tooLong" }),
  region: z.enum(REGIONS, { error: "errors.invalidChoice" }),
  size: z.enum(SIZES, { error: "errors.invalidChoice" }),
  fileName: z.string().trim().min(1, { error: "errors.required" }).max(200),
  content: z
    .base64({ error: "errors.invalidUpload" })
    .min(1, { error: "errors.required" })
    .max(MAX_UPLOAD_BASE64_LENGTH, { error: "errors.fileTooLarge", abort: true })
    .refine((s) => base64ByteLength(s) <= MAX_UPLOAD_BYTES, { error: "errors.fileTooLarge" }),
});

/**
 * Admins load a real holdings file for their firm; its metrics then feed the firm's proposals. A bad file
 * answers INVALID_INPUT with `importErrors`: its first MAX_REPORTED_ERRORS errors ({ line, column, code,
 * params }, worded by the form in the user's language) and how many there were in all.
 */
export const importHoldingsAction = authedAction(
  schema,
  async ({ content, ...rest }, { user }) => {
    try {
      const imported = await importHoldingsDataset({ ...rest, bytes: Buffer.from(content, "base64"), firmId: user.firmId, importedById: user.id });
      revalidatePath("/admin");
      return imported;
    } catch (error) {
      if (isAppError(error) && error.importErrors) {
        const { errors, total } = error.importErrors;
        throw new AppError("INVALID_INPUT", error.message, { importErrors: { errors: errors.slice(0, MAX_REPORTED_ERRORS), total } });
      }
      throw error;
    }
  },
  { role: "ADMIN", rateLimit: "upload" },
);
