// Programme analytics for managers and admins (the Insights screen). Only
// that lazily loaded screen imports this module. An advocate's own figures
// (/me/analytics) live in me.js, next to the rest of /me.
import { API_BASE, get } from './client.js';
import { analyticsQuery, exportPath } from '../lib/analyticsQuery.js';

/** Totals and breakdowns for {from, to, teamId}; the server's answer as is. */
export const fetchOverview = (filters) => get(`/analytics/overview${analyticsQuery(filters)}`);

/** This month's participation, concentration and quiet advocates. */
export const fetchHealth = ({ teamId } = {}) => get(`/analytics/health${analyticsQuery({ teamId })}`);

// The team list for the admin's picker. Not api/teams.js: sharing that with
// the publishing form would split it into a chunk of its own, which the
// service worker would then precache for every advocate (as lib/useTeams.js).
export const fetchTeamList = () => get('/teams').then((body) => body.items || []);

/** A plain link's href for one table as CSV: the session cookie rides along. */
export function exportUrl(table, filters) {
  const path = exportPath(table, filters);
  return path ? API_BASE + path : null;
}
