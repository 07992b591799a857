"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { authedAction } from "../safe-action";
import { referenceFigureSchema } from "../../metrics/reference-figures";
import { resetFirmReferenceFigure, saveFirmReferenceFigure } from "../../db/reference-figures";

/**
 * Admins correct or update the article's reference figures for their own firm (other firms keep the
 * article's figures or their own edits); advisors get FORBIDDEN.
 */
export const updateReferenceFigureAction = authedAction(
  referenceFigureSchema,
  async (figure, { user }) => {
    const saved = await saveFirmReferenceFigure(user.firmId, figure);
    revalidatePath("/admin");
    return { key: saved.key };
  },
  { role: "ADMIN" },
);

/** Puts the firm back on the article's figure for one key. */
export const resetReferenceFigureAction = authedAction(
  z.object({ key: z.string().regex(/^[a-z0-9_]+$/).max(100) }),
  async ({ key }, { user }) => {
    await resetFirmReferenceFigure(user.firmId, key);
    revalidatePath("/admin");
    return { key };
  },
  { role: "ADMIN" },
);
