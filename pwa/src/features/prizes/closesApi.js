// Closing a month for prizes (managers and admins): what is ready to close,
// the frozen preview, exclusions with a reason, and the final award.
import { get, post, request } from '../../api/client.js';

/** Last month's scopes the caller runs that have prizes and are not closed yet. */
export const fetchReady = () => get('/closes/ready').then((body) => body.items);

export const fetchCloses = (month) => get(`/closes?month=${encodeURIComponent(month)}`).then((b) => b.items);

export const closeMonth = (month, teamId) => post('/closes', { month, team_id: teamId });

export const excludeWinner = (closeId, body) => post(`/closes/${closeId}/exclusions`, body);

export const includeAgain = (closeId, exclusionId) =>
  request('DELETE', `/closes/${closeId}/exclusions/${exclusionId}`);

/** body: {prizes: [{prize_id, winners}]}, exactly as previewed (prizeClose.js). */
export const confirmAward = (closeId, body) => post(`/closes/${closeId}/confirm`, body);
