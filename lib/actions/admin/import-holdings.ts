"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { authedAction } from "../safe-action";
import { REGIONS, SIZES } from "../../market/regions";
import { importHoldingsDataset, MAX_REPORTED_ERRORS } from "../../services/datasets/import-holdings";
import { AppError, isAppError } from "../../errors/app-error";

/** An uploaded file's text, up to 5 MB (iShares files are well under 1 MB; next.config allows the body). */
const schema = z.object({
  label: z.string({ error: "errors.required" }).trim().min(1, { error: "errors.required" }).max(120, { error: "errors.tooLong" }),
  region: z.enum(REGIONS, { error: "errors.invalidChoice" }),
  size: z.enum(SIZES, { error: "errors.invalidChoice" }),
  fileName: z.string().trim().min(1, { error: "errors.required" }).max(200),
  content: z.string().min(1, { error: "errors.required" }).max(5_000_000, { error: "errors.fileTooLarge" }),
});

/** Admins load a real holdings file for their firm; its metrics then feed the firm's proposals. */
export const importHoldingsAction = authedAction(
  schema,
  async ({ content, ...rest }, { user }) => {
    try {
      const imported = await importHoldingsDataset({ ...rest, text: content, firmId: user.firmId });
      revalidatePath("/admin");
      return imported;
    } catch (error) {
      if (isAppError(error) && error.fieldErrors?.file) {
        throw new AppError("INVALID_INPUT", error.message, { file: error.fieldErrors.file.slice(0, MAX_REPORTED_ERRORS) });
      }
      throw error;
    }
  },
  { role: "ADMIN" },
);
