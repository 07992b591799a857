/** Prisma's code for a unique constraint, on both providers (duck-typed: each generated client has its own class). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
