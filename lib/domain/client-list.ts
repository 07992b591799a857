/** What the clients list shows: the page's URL parameters, parsed (lib/validation/client-list-query.ts). */

export const CLIENT_SORTS = ["name", "updated", "assets", "risk"] as const;
export type ClientSort = (typeof CLIENT_SORTS)[number];

/** The longest search the list accepts (characters); the search box stops there. */
export const SEARCH_MAX_LENGTH = 100;

/** Rows on one page of the clients list. */
export const CLIENT_PAGE_SIZE = 50;

export type ClientListQuery = {
  /** Matched literally (no wildcards) against the name and email, ignoring case; "" for every client. */
  q: string;
  sort: ClientSort;
  /** Archived clients are listed too. */
  archived: boolean;
  /** 1-based; a page past the end shows the last one. */
  page: number;
};
