// The query string every analytics call shares (?from=&to=&team_id=), so the
// figures on screen and the CSV downloads always describe the same slice.
export const EXPORT_TABLES = ['by_day', 'by_network', 'by_content', 'by_advocate', 'by_team', 'quiet'];

/** {from, to, teamId} → "?from=…&to=…&team_id=…", leaving out what isn't set. */
export function analyticsQuery({ from, to, teamId } = {}) {
  const params = new URLSearchParams();
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  // No team means "all teams" for admins; managers are held to their own
  // team by the server whatever is sent, so the screen never sends one.
  if (teamId !== undefined && teamId !== null && teamId !== '') params.set('team_id', String(teamId));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** "/analytics/export/by_team.csv?…" (under the API base); null for a table the server doesn't export. */
export function exportPath(table, filters) {
  if (!EXPORT_TABLES.includes(table)) return null;
  return `/analytics/export/${table}.csv${analyticsQuery(filters)}`;
}
