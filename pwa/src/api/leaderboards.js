// Leaderboards: which boards exist for the caller, a page of one board (a
// period, optionally a campaign or challenge window, seen through a scope),
// and team versus team.
import { get } from './client.js';

export const fetchBoardIndex = () => get('/leaderboards');

export function fetchLeaderboard({ period, scope, window }, { page = 1, limit = 25 } = {}) {
  const query = new URLSearchParams({ scope, page, limit });
  if (window) query.set('window', window);
  return get(`/leaderboards/${encodeURIComponent(period)}?${query}`);
}

export function fetchTeamBoard({ period, window }) {
  const query = window ? `?${new URLSearchParams({ window })}` : '';
  return get(`/leaderboards/${encodeURIComponent(period)}/teams${query}`);
}
