/**
 * The admin upload's size limit, shared by the form (checked before sending) and the action's schema.
 * The file travels base64-encoded in a server action (4 characters per 3 bytes) and next.config.ts caps a
 * server action's body at 6 MB: 4 MiB of file is 5.6 MB of base64, which leaves room for the other fields.
 * iShares holdings files are well under 1 MB.
 */
export const MAX_UPLOAD_BYTES = 4 * 1024 * 1024;

/** The base64 length of a MAX_UPLOAD_BYTES file (padded to whole 4-character groups). */
export const MAX_UPLOAD_BASE64_LENGTH = Math.ceil(MAX_UPLOAD_BYTES / 3) * 4;

/** Bytes that a valid base64 string decodes to (its length less the padding). */
export function base64ByteLength(base64: string): number {
  const padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}

/**
 * The admin data page's upload limit (any supported file, app/(app)/admin/data/upload/route.ts): 50 MB. The
 * file is sent as the raw request body to a route handler, not base64 in a server action, so the limit is the
 * file's own size; the route counts bytes as they arrive and stops reading past it.
 */
export const MAX_DATA_UPLOAD_BYTES = 50 * 1024 * 1024;
