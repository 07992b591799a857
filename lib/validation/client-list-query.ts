import "./zod-config";
import { z } from "zod";

export const CLIENT_SORTS = ["name", "updated", "assets", "risk"] as const;
export const SEARCH_MAX_LENGTH = 100;

/** `?q=a&q=b` arrives as an array: the first value counts, as most servers read it. */
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const clientListQuerySchema = z.object({
  q: z.preprocess(first, z.string().trim().max(SEARCH_MAX_LENGTH, { error: "clients.searchTooLong" }).default("")),
  sort: z.preprocess(first, z.enum(CLIENT_SORTS)).catch("name"),
  archived: z.preprocess((v) => first(v) === "1" || v === true, z.boolean()),
});
export type ClientListQuery = z.output<typeof clientListQuerySchema>;

export type ParsedClientListQuery = {
  query: ClientListQuery;
  /** The search text could not be used (too long): the list is unfiltered and the page says so. */
  searchIgnored: boolean;
};

/**
 * The clients page's URL parameters, never throwing: a bad sort falls back to "name", and a search text the
 * schema refuses is dropped from the query (and reported) rather than turned into an error page.
 */
export function parseClientListQuery(params: Record<string, unknown>): ParsedClientListQuery {
  const parsed = clientListQuerySchema.safeParse(params);
  if (parsed.success) return { query: parsed.data, searchIgnored: false };
  // Only `q` can fail (sort has a fallback, archived is a boolean test), so this parse cannot.
  return { query: clientListQuerySchema.parse({ ...params, q: undefined }), searchIgnored: true };
}
