// The signed-in advocate: profile, point totals and the points ledger.
import { get } from './client.js';

export const fetchMe = () => get('/me');
export const fetchLedger = (limit = 50) => get(`/me/ledger?limit=${limit}`);
