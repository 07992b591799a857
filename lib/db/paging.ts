/** The characters Prisma's `contains` (SQL LIKE without an escape clause) does not take literally. */
export const LIKE_SPECIAL = /[%_\\]/;

/** The page to show (a page past the end shows the last one), the page count, and how many rows to skip. */
export function pageOf(requested: number, total: number, pageSize: number) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(requested, pageCount);
  return { page, pageCount, skip: (page - 1) * pageSize };
}
