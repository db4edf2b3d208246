// The reward store's API: the advocate's store and redemptions, and the
// admin's rewards and fulfilment.
import { get, post, patch, request } from '../../api/client.js';

export const fetchStore = () => get('/store');
export const fetchMyRedemptions = () => get('/store/redemptions');
/** clientId: one per tap on Redeem, sent again on a retry so it is redeemed once. */
export const redeem = (rewardId, clientId, note) =>
  post('/store/redemptions', { reward_id: rewardId, client_id: clientId, ...(note ? { note } : {}) });
export const cancelRedemption = (id) => post(`/store/redemptions/${id}/cancel`);
export const markReceived = (id) => post(`/store/redemptions/${id}/received`);

export const fetchRewards = (archived) => get(`/rewards?archived=${archived ? 1 : 0}`);
export const createReward = (body) => post('/rewards', body);
export const updateReward = (id, body) => patch(`/rewards/${id}`, body);
export const archiveReward = (id) => request('DELETE', `/rewards/${id}`);
export const restoreReward = (id) => post(`/rewards/${id}/restore`);

export const fetchRedemptions = (status) => get(`/redemptions?status=${encodeURIComponent(status)}`);
export const changeRedemption = (id, status, reason) =>
  patch(`/redemptions/${id}`, reason ? { status, reason } : { status });
export const REDEMPTIONS_CSV = '/redemptions.csv';
