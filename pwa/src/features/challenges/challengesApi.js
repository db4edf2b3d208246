// The team challenges a person may see: their team's, or for a leader the
// team they choose (GET /challenges?team_id=). Running cards first, then the
// results of ended ones.
import { get } from '../../api/client.js';

export const fetchChallenges = (teamId) =>
  get(teamId ? `/challenges?${new URLSearchParams({ team_id: teamId })}` : '/challenges');

/** The teams a leader may look at: those they manage (admins: all), as the content form offers. */
export const fetchLedTeams = () => get('/content/targets');
