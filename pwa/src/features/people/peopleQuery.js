// What the People list shows (search, filters, sort, page), as the API's query
// and as the screen's address: #/people?q=ana&team=3&sort=-team&page=2 can be
// bookmarked and shared, and opens on the same list.
export const PER_PAGE = 25;
// No sort: the server's own order, active people first and then by name.
export const DEFAULT_QUERY = { q: '', team: '', role: '', state: '', sort: '', page: 1 };
const KEYS = Object.keys(DEFAULT_QUERY);

/** A query from the address's parameters: unknown keys dropped, page a number from 1. */
export function queryFrom(params = {}) {
  const query = { ...DEFAULT_QUERY };
  for (const key of KEYS) if (params[key] !== undefined) query[key] = String(params[key]);
  const page = Number.parseInt(query.page, 10);
  query.page = Number.isFinite(page) && page > 0 ? page : 1;
  return query;
}

/** Only what differs from the defaults, as URL parameters. */
function changedParams(query) {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = key === 'q' ? query.q.trim() : query[key];
    if (value !== '' && String(value) !== String(DEFAULT_QUERY[key])) params.set(key, String(value));
  }
  return params;
}

/** The API path for a page of people. */
export function peoplePath(query, perPage = PER_PAGE) {
  const params = changedParams(query);
  params.set('page', String(query.page));
  params.set('per_page', String(perPage));
  return `/people?${params}`;
}

/** The screen's address for this query (and the person open in the panel, if any). */
export function peopleHash(query, personId = null) {
  const params = changedParams(query);
  if (personId) params.set('person', String(personId));
  const text = params.toString();
  return text ? `#/people?${text}` : '#/people';
}

/** Sorting by a column: first ascending, then descending; another column starts ascending. */
export function nextSort(sort, column) {
  return sort === column ? `-${column}` : column;
}

/** aria-sort for a column header. */
export function sortDirection(sort, column) {
  if (sort === column) return 'ascending';
  if (sort === `-${column}`) return 'descending';
  return 'none';
}

/** "26–37 of 37", and whether there are pages before and after. */
export function pageSpan({ total, page, per_page: perPage }) {
  const first = total === 0 ? 0 : (page - 1) * perPage + 1;
  const last = Math.min(total, page * perPage);
  const pages = Math.max(1, Math.ceil(total / perPage));
  return { first, last, pages, hasPrevious: page > 1, hasNext: page < pages };
}
