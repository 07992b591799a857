import { revalidatePath } from "next/cache";
import { currentUser } from "@/lib/auth/session";
import { MAX_DATA_UPLOAD_BYTES } from "@/lib/data/upload-limit";
import { isAppError, type AppErrorCode, type AppErrorDetails } from "@/lib/errors/app-error";
import { readLimitedBody } from "@/lib/http/limited-body";
import { allowAction } from "@/lib/security/rate-limit";
import { importDataFile } from "@/lib/services/datasets/import-file";
import { MAX_REPORTED_ERRORS } from "@/lib/services/datasets/import-holdings";
import { datasetUploadSchema } from "@/lib/validation/dataset-upload";
import { fieldErrorsOf } from "@/lib/validation/field-errors";

/** The answer's shape is a server action's result (lib/actions/safe-action.ts), so the page handles both alike. */
function answer(status: number, body: { ok: true; data: unknown } | { ok: false; error: { code: AppErrorCode } & AppErrorDetails }): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

const refuse = (status: number, code: AppErrorCode, details: AppErrorDetails = {}) => answer(status, { ok: false, error: { code, ...details } });

const tooLarge = () => refuse(413, "INVALID_INPUT", { fieldErrors: { file: ["errors.dataFileTooLarge"] } });

/** A browser sends Origin on a POST; one from another site is refused (the session cookie would go with it). */
function crossSite(request: Request): boolean {
  const origin = request.headers.get("origin");
  return origin !== null && origin !== new URL(request.url).origin;
}

/**
 * POST /admin/data/upload?fileName=…[&asOf=&market=&tier=&region=&size=&label=]: the body is the file itself
 * (so the browser can report upload progress for a large file). Admins only; the dataset is stored for the
 * admin's firm and NOT activated. Answers, as JSON: 200 with the stored dataset; 401 signed out; 403 not an
 * admin (or another site's form); 413 over MAX_DATA_UPLOAD_BYTES; 400 with field errors, or with the file's
 * first MAX_REPORTED_ERRORS import errors and their total (nothing stored); 429 over the upload limit.
 */
export async function POST(request: Request): Promise<Response> {
  const user = await currentUser();
  if (!user) return refuse(401, "UNAUTHENTICATED");
  if (user.role !== "ADMIN" || crossSite(request)) return refuse(403, "FORBIDDEN");
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > MAX_DATA_UPLOAD_BYTES) return tooLarge();
  const fields = datasetUploadSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!fields.success) return refuse(400, "INVALID_INPUT", { fieldErrors: fieldErrorsOf(fields.error) });
  if (!(await allowAction("upload", user.id))) return refuse(429, "RATE_LIMITED");
  const bytes = await readLimitedBody(request.body, MAX_DATA_UPLOAD_BYTES);
  if (bytes === "too_large") return tooLarge();
  if (bytes.byteLength === 0) return refuse(400, "INVALID_INPUT", { fieldErrors: { file: ["errors.required"] } });
  const { fileName, ...options } = fields.data;
  try {
    const imported = await importDataFile({ bytes, fileName, firmId: user.firmId, importedById: user.id, options, activate: false });
    revalidatePath("/admin/data");
    return answer(200, { ok: true, data: imported });
  } catch (error) {
    if (isAppError(error) && error.importErrors) {
      const { errors, total } = error.importErrors;
      return refuse(400, "INVALID_INPUT", { importErrors: { errors: errors.slice(0, MAX_REPORTED_ERRORS), total } });
    }
    if (isAppError(error)) return refuse(400, error.code);
    console.error("dataset upload failed", error);
    return refuse(500, "INTERNAL");
  }
}
