// Directory sync's calls: the SCIM tokens admins give Entra ID or Okta. A new
// token's secret is in the POST's answer only; the list never carries it.
import { get, post, request } from './client.js';

/** {scim_url, items: [{id, name, created_at, created_by, last_used_at, revoked_at}]} */
export const fetchDirectoryTokens = () => get('/directory/tokens');
/** {name} -> the token, with `token`: its secret, shown this once. */
export const makeDirectoryToken = (name) => post('/directory/tokens', { name });
/** The token, now with revoked_at: the directory holding it is refused from its next call. */
export const revokeDirectoryToken = (id) => request('DELETE', `/directory/tokens/${id}`);
