// The People screen's calls: a page of people, changing a person, reset links,
// invitations (with their link fetched again at any time until used) and CSV
// imports. Tokens from links always travel in a POST body, never in a URL.
import { get, post, patch, request, upload } from '../../api/client.js';
import { peoplePath } from './peopleQuery.js';

/** {items, total, page, per_page} for a query (peopleQuery.js). */
export const fetchPeoplePage = (query) => get(peoplePath(query));
/** Leaders, to choose someone's manager from. */
export const fetchLeaders = () =>
  Promise.all(['manager', 'admin'].map((role) => get(`/people?role=${role}&state=active&sort=name&per_page=100`))).then(
    (pages) => pages.flatMap((page) => page.items),
  );
/** {active?, role?, team_id?, department?, location?, manager_id?} -> the person. */
export const changePerson = (id, body) => patch(`/people/${id}`, body);
export const makeResetLink = (id) => post(`/people/${id}/reset-link`);
/** Sign the person out on every device at once (they can log in again). */
export const signOutEverywhere = (id) => request('DELETE', `/people/${id}/sessions`);

export const fetchInvitations = () => get('/invitations').then((body) => body.items);
/** {email, role, team_id}: the answer carries `link` when it could not be emailed. */
export const invite = (body) => post('/invitations', body);
export const resendInvitation = (id) => post(`/invitations/${id}/resend`);
export const revokeInvitation = (id) => request('DELETE', `/invitations/${id}`);
/** {link, expires_at}; 409 for an invitation made before links were kept. */
export const invitationLink = (id) => get(`/invitations/${id}/link`);

const importPath = (dryRun, createTeams) => `/people/imports?dry_run=${dryRun}&create_teams=${Boolean(createTeams)}`;
/** The dry run: {rows, counts, ignored_columns}, nothing written. */
export const checkImport = (file, createTeams) => uploadFile(importPath(true, createTeams), file);
/** {rows, counts, import: {id, counts, invitations_total, invitations_sent, finished_at}}. */
export const runImport = (file, createTeams) => uploadFile(importPath(false, createTeams), file);
export const fetchImport = (id) => get(`/people/imports/${id}`);

function uploadFile(path, file) {
  const body = new FormData();
  body.append('file', file);
  return upload(path, body);
}
