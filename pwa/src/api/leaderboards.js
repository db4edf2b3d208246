// Leaderboards per period (week | month | all_time) and scope (company | team).
import { get } from './client.js';

export const fetchLeaderboard = (period, scope, limit = 25) =>
  get(`/leaderboards/${encodeURIComponent(period)}?scope=${encodeURIComponent(scope)}&limit=${limit}`);
