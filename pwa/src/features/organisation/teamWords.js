// The Teams screen's words and order: a team's state, the sentence that
// confirms a merge, the table's sort and the page shown.

const plural = (count, one, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

export const teamState = (team) => (team.archived_at ? 'Archived' : 'Active');

export const managerNames = (team) => team.managers.map((manager) => manager.display_name).join(', ');

/** "12 people and 4 content items move to Marketing; Sales is archived. Points and badges stay with each person." */
export function mergeSentence(team, into) {
  const moving = [plural(team.people, 'person', 'people')];
  if (typeof team.content === 'number') moving.push(plural(team.content, 'content item'));
  const verb = moving.length === 1 && team.people === 1 ? 'moves' : 'move';
  return (
    `${moving.join(' and ')} ${verb} to ${into.name}; ${team.name} is archived. ` +
    'Points and badges stay with each person.'
  );
}

export const COLUMNS = [
  { key: 'name', label: 'Name' },
  { key: 'department', label: 'Department' },
  { key: 'location', label: 'Location' },
  { key: 'people', label: 'People' },
  { key: 'managers', label: 'Managers' },
  { key: 'state', label: 'State' },
];

/** Clicking a column's header: ascending first, then descending ("-name"). */
export const nextSort = (sort, key) => (sort === key ? `-${key}` : key);

/** aria-sort for a column's header. */
export function sortDirection(sort, key) {
  if (sort === key) return 'ascending';
  if (sort === `-${key}`) return 'descending';
  return undefined;
}

const SORT_VALUES = {
  name: (team) => team.name,
  department: (team) => team.department || '',
  location: (team) => team.location || '',
  people: (team) => team.people,
  managers: managerNames,
  state: teamState,
};

/** The page's teams in the chosen order; ties keep name order. */
export function sortTeams(teams, sort) {
  const key = sort.replace(/^-/, '');
  const value = SORT_VALUES[key] || SORT_VALUES.name;
  const sign = sort.startsWith('-') ? -1 : 1;
  const compare = (a, b) => {
    const [x, y] = [value(a), value(b)];
    const order = typeof x === 'number' ? x - y : String(x).localeCompare(String(y));
    return sign * order || a.name.localeCompare(b.name);
  };
  return [...teams].sort(compare);
}

/** {first, last, hasPrevious, hasNext} of a page of `total` rows. */
export function pageSpan({ page, perPage, total }) {
  const first = total === 0 ? 0 : (page - 1) * perPage + 1;
  const last = Math.min(total, page * perPage);
  return { first, last, hasPrevious: page > 1, hasNext: last < total };
}

/** The Teams screen's view from the address's query, with defaults. */
export function teamsView(query) {
  const page = Number.parseInt(query.page, 10);
  const sort = String(query.sort || 'name');
  const known = COLUMNS.some((column) => column.key === sort.replace(/^-/, ''));
  return {
    q: query.q || '',
    includeArchived: query.archived === '1',
    page: page > 0 ? page : 1,
    sort: known ? sort : 'name',
  };
}

/** The address of a view, leaving out what is the default. */
export function teamsAddress({ q, includeArchived, page, sort }) {
  const query = new URLSearchParams();
  if (q.trim()) query.set('q', q.trim());
  if (includeArchived) query.set('archived', '1');
  if (page > 1) query.set('page', String(page));
  if (sort !== 'name') query.set('sort', sort);
  const text = query.toString();
  return text ? `#/teams?${text}` : '#/teams';
}
