// Your data: the download, asking for (and cancelling) account deletion;
// admins' list of pending deletions and the click retention setting.
import { API_BASE, get, patch, post, request } from './client.js';

/** A plain link: the browser downloads the file itself (fetch could not). */
export const EXPORT_URL = `${API_BASE}/me/export`;

/** {requested_at, due_at}: both null when no deletion was asked for. */
export const fetchDeletion = () => get('/me/deletion');
export const askDeletion = (password) => post('/me/deletion', { password });
export const cancelDeletion = () => request('DELETE', '/me/deletion');

export const fetchPendingDeletions = () => get('/deletions').then((body) => body.items);
export const carryOutDeletion = (userId) => post(`/deletions/${userId}/carry-out`);

export const fetchOrganisation = () => get('/organisation');
export const updateClickRetention = (days) => patch('/organisation', { click_retention_days: days });
