// The People screen's calls: a page of people, changing a person, reset links,
// invitations (with their link fetched again at any time until used) and CSV
// imports. Tokens from links always travel in a POST body, never in a URL.
import { API_BASE, ApiError, get, post, patch, refreshCsrf, request } from '../../api/client.js';
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
export const checkImport = (file, createTeams) => upload(importPath(true, createTeams), file);
/** {rows, counts, import: {id, counts, invitations_total, invitations_sent, finished_at}}. */
export const runImport = (file, createTeams) => upload(importPath(false, createTeams), file);
export const fetchImport = (id) => get(`/people/imports/${id}`);

// client.js JSON-encodes every body, so a file goes by its own POST (same
// cookie, same CSRF header, same error envelope).
async function upload(path, file) {
  const token = await refreshCsrf();
  const body = new FormData();
  body.append('file', file);
  let response;
  try {
    response = await fetch(API_BASE + path, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-CSRFToken': token },
    });
  } catch {
    throw new ApiError({ status: 0, code: 'offline', message: "You're offline or the server can't be reached." });
  }
  const data = await response.json().catch(() => null);
  if (response.ok) return data;
  const envelope = (data && data.error) || {};
  throw new ApiError({
    status: response.status,
    code: envelope.code || `http_${response.status}`,
    message: envelope.message || "That file couldn't be checked. Please try again.",
    fields: envelope.fields,
  });
}
