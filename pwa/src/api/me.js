// The signed-in advocate: profile, point totals, the points ledger, and
// progress (level, streak, badges).
import { get } from './client.js';

export const fetchMe = () => get('/me');
export const fetchLedger = (limit = 50) => get(`/me/ledger?limit=${limit}`);
export const fetchProgress = () => get('/me/progress');
