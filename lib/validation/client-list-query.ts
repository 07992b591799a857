import "./zod-config";
import { z } from "zod";
import { SEARCH_MAX_LENGTH, CLIENT_SORTS, type ClientListQuery } from "../domain/client-list";

export { SEARCH_MAX_LENGTH } from "../domain/client-list";

/** `?q=a&q=b` arrives as an array: the first value counts, as most servers read it. */
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** A page number as the page's links write it: 1 to 999,999, digits only ("2.5", "1e3", "0" fall back to 1). */
const pageNumber = z.string().regex(/^[1-9]\d{0,5}$/).transform(Number);

export const clientListQuerySchema = z.object({
  q: z.preprocess(first, z.string().trim().max(SEARCH_MAX_LENGTH, { error: "clients.searchTooLong" }).default("")),
  sort: z.preprocess(first, z.enum(CLIENT_SORTS)).catch("name"),
  archived: z.preprocess((v) => first(v) === "1" || v === true, z.boolean()),
  page: z.preprocess(first, pageNumber).catch(1),
});

export type ParsedClientListQuery = {
  query: ClientListQuery;
  /** The search text could not be used (too long): the list is unfiltered and the page says so. */
  searchIgnored: boolean;
};

/**
 * The clients page's URL parameters, never throwing: a bad sort falls back to "name" and a bad page to the
 * first, and a search text the schema refuses is dropped from the query (and reported) rather than turned into
 * an error page.
 */
export function parseClientListQuery(params: Record<string, unknown>): ParsedClientListQuery {
  const parsed = clientListQuerySchema.safeParse(params);
  if (parsed.success) return { query: parsed.data, searchIgnored: false };
  // Only `q` can fail (sort and page have fallbacks, archived is a boolean test), so this parse cannot.
  return { query: clientListQuerySchema.parse({ ...params, q: undefined }), searchIgnored: true };
}

/** The list's URL for `query` with `change` applied (the page links); defaults are left out. */
export function clientListHref(query: ClientListQuery, change: Partial<ClientListQuery> = {}): string {
  const { q, sort, archived, page } = { ...query, ...change };
  const params = new URLSearchParams();
  if (q !== "") params.set("q", q);
  if (sort !== "name") params.set("sort", sort);
  if (archived) params.set("archived", "1");
  if (page !== 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/clients?${search}` : "/clients";
}
