// "Useful" / "Not for me" on a content card, and (leaders) how content landed.
import { get, request } from './client.js';

export const rateContent = (contentId, value) => request('PUT', `/content/${contentId}/rating`, { value });
export const unrateContent = (contentId) => request('DELETE', `/content/${contentId}/rating`);
/** [{content_id, title, useful, not_for_me}], most rated first. */
export const fetchRatingTally = () => get('/content/ratings').then((body) => body.items);
