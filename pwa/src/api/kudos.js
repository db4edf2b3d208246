// Kudos: the recognition feed for everyone; giving them, the monthly
// allowance and who can receive them, for managers and admins. Only the
// lazily loaded Recognition screen imports this module.
import { get, post } from './client.js';

export const fetchKudos = (limit = 50) => get(`/kudos?limit=${limit}`).then((body) => body.items);
export const giveKudos = (body) => post('/kudos', body);
/** {cap, given, left}: kudos points this month. */
export const fetchAllowance = () => get('/kudos/allowance');
export const fetchRecipients = () => get('/kudos/recipients').then((body) => body.items);
