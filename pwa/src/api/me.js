// The signed-in advocate: profile, point totals, the points ledger, progress
// (level, streak, badges), the clicks their shares brought, and their own
// settings.
import { get, patch, request } from './client.js';

export const fetchMe = () => get('/me');
export const updateMe = (changes) => patch('/me', changes);
export const fetchLedger = (limit = 50) => get(`/me/ledger?limit=${limit}`);
export const fetchProgress = () => get('/me/progress');

/** Clicks the advocate's shares brought: this month and all time. */
export const fetchMyAnalytics = () => get('/me/analytics');

/** The devices signed in to this account: [{device, created_at, last_seen_at, current}]. */
export const fetchSessions = () => get('/me/sessions').then((body) => body.items);
/** Sign out on every other device; this one stays signed in. Answers {ended}. */
export const signOutElsewhere = () => request('DELETE', '/me/sessions');
