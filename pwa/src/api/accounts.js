// People's accounts, invitations and password resets. Tokens from links
// always travel in a POST body, never in a URL, so no server log keeps them.
import { get, post, patch, request } from './client.js';

export const fetchPeople = () => get('/people').then((body) => body.items);
export const setActive = (id, active) => patch(`/people/${id}`, { active });
export const makeResetLink = (id) => post(`/people/${id}/reset-link`);
/** Sign the person out on every device at once (they can log in again). */
export const signOutEverywhere = (id) => request('DELETE', `/people/${id}/sessions`);

export const fetchInvitations = () => get('/invitations').then((body) => body.items);
/** {email, role, team_id}: the answer carries `link` when it could not be emailed. */
export const invite = (body) => post('/invitations', body);
export const resendInvitation = (id) => post(`/invitations/${id}/resend`);
export const revokeInvitation = (id) => request('DELETE', `/invitations/${id}`);
export const checkInvitation = (token) => post('/invitations/check', { token });
export const acceptInvitation = (token, displayName, password) =>
  post('/invitations/accept', { token, display_name: displayName, password });

export const requestReset = (email) => post('/auth/password-reset', { email });
export const checkReset = (token) => post('/auth/password-reset/check', { token });
export const completeReset = (token, password) => post('/auth/password-reset/complete', { token, password });
