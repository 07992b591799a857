import { vi } from "vitest";

/**
 * Next's redirect(), notFound() and forbidden() stop a page by throwing an error whose `digest` Next reads
 * (next/dist/client/components/redirect.js, http-access-fallback). These throw the same digests, so a test can
 * tell the three apart exactly as Next does; the real forbidden() refuses to run outside a Next server with
 * `experimental.authInterrupts`, hence the mock.
 */
function nextError(message: string, digest: string): Error {
  return Object.assign(new Error(message), { digest });
}

vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw nextError(`NEXT_REDIRECT:${url}`, `NEXT_REDIRECT;replace;${url};307;`);
  },
  notFound: () => {
    throw nextError("NEXT_NOT_FOUND", "NEXT_HTTP_ERROR_FALLBACK;404");
  },
  forbidden: () => {
    throw nextError("NEXT_FORBIDDEN", "NEXT_HTTP_ERROR_FALLBACK;403");
  },
}));

/** How a page or route handler ended, read from a thrown error's digest: "redirect:/login", "notFound", … */
export function nextInterruptOf(error: unknown): string | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string") return null;
  if (digest.startsWith("NEXT_REDIRECT;")) return `redirect:${digest.split(";")[2]}`;
  if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return "notFound";
  if (digest === "NEXT_HTTP_ERROR_FALLBACK;403") return "forbidden";
  return null;
}
