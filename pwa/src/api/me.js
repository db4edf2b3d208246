// The signed-in advocate: profile, point totals, the points ledger, progress
// (level, streak, badges), and their own settings.
import { get, patch } from './client.js';

export const fetchMe = () => get('/me');
export const updateMe = (changes) => patch('/me', changes);
export const fetchLedger = (limit = 50) => get(`/me/ledger?limit=${limit}`);
export const fetchProgress = () => get('/me/progress');
