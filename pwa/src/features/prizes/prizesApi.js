// Monthly prizes for everyone: what can be won, the caller's wins, the
// winners' wall, and (for managers) the catalogue. Only the lazily loaded
// prize screens import this module.
import { get, post, patch, request } from '../../api/client.js';

/** The month's prizes the caller can win (admins: every scope's). */
export const fetchPrizes = (month) => get(`/prizes?month=${encodeURIComponent(month)}`).then((b) => b.items);

export const fetchMyWins = () => get('/prizes/mine').then((body) => body.items);

/** {month, month_label, months, winners}: the latest awarded month unless one is asked for. */
export const fetchWall = (month) => get(`/prizes/wall${month ? `?month=${encodeURIComponent(month)}` : ''}`);

/** Managers set any status; a winner may set "received". */
export const setFulfilment = (winnerId, status) => patch(`/prize-winners/${winnerId}`, { status });

export const createPrize = (body) => post('/prizes', body);
export const updatePrize = (id, body) => patch(`/prizes/${id}`, body);
export const deletePrize = (id) => request('DELETE', `/prizes/${id}`);
