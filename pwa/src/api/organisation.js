// The organisation's settings and the teams admins manage (create, rename,
// set managers, archive, restore, merge). Logos upload through content's
// image upload, which re-encodes and sizes them.
import { get, patch, post } from './client.js';

export { uploadImage } from './content.js';

/** {name, timezone, ranking, utm, emv, kudos_cap, click_retention_days, logo_url, brand_colour, accent_colour, push_contact} */
export const fetchOrganisation = () => get('/organisation');
/** Any of the settings' fields; the answer is the whole settings object. */
export const updateOrganisation = (fields) => patch('/organisation', fields);

/** One page of teams: {items, total}; view is {q, include_archived, page, per_page}. */
export const fetchManagedTeams = (view) => get(`/teams/manage?${teamsQuery(view)}`);
/** {name, department, location, manager_ids} */
export const createTeam = (fields) => post('/teams', fields);
export const updateTeam = (id, fields) => patch(`/teams/${id}`, fields);
export const archiveTeam = (id) => post(`/teams/${id}/archive`);
export const restoreTeam = (id) => post(`/teams/${id}/restore`);
/** Moves the team's people and content into another team and archives it. */
export const mergeTeam = (id, intoTeamId) => post(`/teams/${id}/merge`, { into_team_id: intoTeamId });

export function teamsQuery({ q = '', includeArchived = false, page = 1, perPage = 25 } = {}) {
  const query = new URLSearchParams({ page: String(page), per_page: String(perPage) });
  if (q.trim()) query.set('q', q.trim());
  if (includeArchived) query.set('include_archived', 'true');
  return query.toString();
}

/** Who may manage a team: active managers and admins (the first 100 of each), by name. */
export async function fetchManagerCandidates() {
  const leaders = (role) => get(`/people?role=${role}&state=active&per_page=100&sort=name`);
  const answers = await Promise.all([leaders('manager'), leaders('admin')]);
  return managerCandidates(answers.flatMap((answer) => answer.items || []));
}

/** Managers and admins once each, by name (the list may hold anyone, if the server ignores the role filter). */
export function managerCandidates(people) {
  const seen = new Map();
  for (const person of people) {
    if ((person.role === 'manager' || person.role === 'admin') && person.active !== false) seen.set(person.id, person);
  }
  return [...seen.values()].sort((a, b) => a.display_name.localeCompare(b.display_name));
}

/** Every team not archived, {id, name}, by name: the teams a merge can go into. */
export const fetchActiveTeams = () => get('/teams').then((body) => body.items);
