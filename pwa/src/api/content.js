// Content to share (feed) and content management for managers/admins.
import { get, post } from './client.js';

export const fetchFeed = () => get('/content/feed').then((body) => body.items);
export const createContent = (fields) => post('/content', fields);
// The first open of each item is scored; the answer says whether this was it.
export const recordOpen = (contentId) => post(`/content/${contentId}/open`);
