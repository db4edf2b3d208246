// The library's tabs, sorts and filters, and the query string that asks the
// server for one page of them. The same object lives in the hash
// (#/library?tab=scheduled&q=launch&page=2), so a filtered list can be
// bookmarked and shared.
export const TABS = [
  { value: 'draft', label: 'Drafts' },
  { value: 'scheduled', label: 'Scheduled' },
  { value: 'published', label: 'Published' },
  { value: 'expired', label: 'Expired' },
  { value: 'archived', label: 'Archived' },
];

export const SORTS = ['title', '-title', 'publish_at', '-publish_at', 'created_at', '-created_at'];
export const PER_PAGE = 20;
const FILTERS = ['q', 'team', 'campaign', 'network', 'author'];
const DEFAULTS = { tab: 'published', sort: '-publish_at', page: 1 };

/** The view a hash query asks for, with anything unknown replaced by the defaults. */
export function readView(query = {}) {
  const view = { ...DEFAULTS };
  if (TABS.some((tab) => tab.value === query.tab)) view.tab = query.tab;
  if (SORTS.includes(query.sort)) view.sort = query.sort;
  const page = Number.parseInt(query.page, 10);
  if (page > 1) view.page = page;
  for (const name of FILTERS) if (query[name]) view[name] = String(query[name]);
  return view;
}

/** "?tab=draft&q=launch": only what differs from the defaults, in a fixed order. */
export function viewQuery(view) {
  const params = new URLSearchParams();
  for (const name of ['tab', 'sort', 'page']) {
    if (view[name] !== undefined && view[name] !== DEFAULTS[name]) params.set(name, view[name]);
  }
  for (const name of FILTERS) if (view[name]) params.set(name, view[name]);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The API's query for a view: every part spelled out, plus the page size. */
export function libraryQuery(view) {
  const params = new URLSearchParams({ tab: view.tab, sort: view.sort, page: view.page, per_page: PER_PAGE });
  for (const name of FILTERS) if (view[name]) params.set(name, view[name]);
  return `?${params}`;
}

/** A change to the view: a new filter, tab or sort starts again at page 1. */
export function changeView(view, changes) {
  const next = { ...view, ...changes };
  if (!('page' in changes)) next.page = 1;
  for (const name of FILTERS) if (!next[name]) delete next[name];
  return next;
}

/** Clicking a column: the same column flips its direction; a new one starts ascending
 * (newest first for times, which people mostly want). */
export function nextSort(current, column) {
  if (current === column) return `-${column}`;
  if (current === `-${column}`) return column;
  return column === 'title' ? 'title' : `-${column}`;
}

/** 'ascending', 'descending' or 'none', for a column header's aria-sort. */
export function sortState(current, column) {
  if (current === column) return 'ascending';
  if (current === `-${column}`) return 'descending';
  return 'none';
}

/** "21–40 of 57"; pages counted from 1. */
export function pageSummary({ page, per_page: perPage, total }) {
  if (!total) return 'No items';
  const first = (page - 1) * perPage + 1;
  const last = Math.min(total, page * perPage);
  return `${first}–${last} of ${total}`;
}

export const pageCount = ({ per_page: perPage, total }) => Math.max(1, Math.ceil(total / perPage));
