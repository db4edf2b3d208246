// Content suggested by advocates, and its review by managers and admins.
// Only the lazily loaded Suggestions screen imports this module.
import { get, post } from './client.js';

export const suggestContent = (body) => post('/suggestions', body);
export const fetchMySuggestions = () => get('/suggestions/mine').then((body) => body.items);
/** Leaders: their team's suggestions (admins: everyone's) with this status, oldest first. */
export const fetchReviewQueue = (status = 'pending') =>
  get(`/suggestions?status=${status}`).then((body) => body.items);
/** edits: any of {title, url, summary, captions, tags, target_team_ids}. */
export const approveSuggestion = (id, edits) => post(`/suggestions/${id}/approve`, edits);
export const rejectSuggestion = (id, reason) => post(`/suggestions/${id}/reject`, { reason });
