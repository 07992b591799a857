"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "../safe-action";
import { referenceFigureSchema } from "../../metrics/reference-figures";
import { updateReferenceFigure } from "../../db/reference-figures";

/** Admins correct or update the article's reference figures; advisors get FORBIDDEN. */
export const updateReferenceFigureAction = authedAction(
  referenceFigureSchema,
  async (figure) => {
    const saved = await updateReferenceFigure(figure);
    revalidatePath("/admin");
    return { key: saved.key };
  },
  { role: "ADMIN" },
);
