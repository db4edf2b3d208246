// What a secret link (invitation or password reset) offers, checked once when
// the screen opens, so an expired or used link says so before any typing.
import { useResource } from './useResource.js';

export function useLinkCheck(check, token) {
  return useResource(() => (token ? check(token) : Promise.reject(missing())), token);
}

const missing = () => ({ status: 404, message: 'This link is incomplete. Open it again from your message.' });
