// Joining by invitation and resetting a forgotten password: the public
// screens' calls. (Leaders' calls about people live in features/people/peopleApi.js.)
// Tokens from links always travel in a POST body, never in a URL, so no server log keeps them.
import { post } from './client.js';

export const checkInvitation = (token) => post('/invitations/check', { token });
export const acceptInvitation = (token, displayName, password) =>
  post('/invitations/accept', { token, display_name: displayName, password });

export const requestReset = (email) => post('/auth/password-reset', { email });
export const checkReset = (token) => post('/auth/password-reset/check', { token });
export const completeReset = (token, password) => post('/auth/password-reset/complete', { token, password });
