// Content to share (feed) and content management for managers/admins: the
// library, one item's edits and life cycle, targeting, link previews and
// image uploads.
import { get, post, patch, request, upload } from './client.js';
import { libraryQuery } from '../lib/libraryQuery.js';

export const fetchFeed = () => get('/content/feed').then((body) => body.items);
export const createContent = (fields) => post('/content', fields);
// The first open of each item is scored; the answer says whether this was it.
export const recordOpen = (contentId) => post(`/content/${contentId}/open`);

/** One page of the library: {items, total, page, per_page, counts}. */
export const fetchLibrary = (view) => get(`/content/library${libraryQuery(view)}`);
export const fetchContent = (id) => get(`/content/${id}`);
export const updateContent = (id, fields) => patch(`/content/${id}`, fields);
export const duplicateContent = (id) => post(`/content/${id}/duplicate`);
export const archiveContent = (id) => post(`/content/${id}/archive`);
export const restoreContent = (id) => post(`/content/${id}/restore`);
export const deleteContent = (id) => request('DELETE', `/content/${id}`);

/** The teams the caller may target: {everyone_allowed, teams: [{id, name, people}]}. */
export const fetchTargets = () => get('/content/targets');
/** Who a choice of teams reaches: {everyone, people, teams}. */
export const fetchAudience = (teamIds) => post('/content/audience', { target_team_ids: teamIds });
/** {url, title, summary, image_url, site_name}, read from the page by the server. */
export const fetchLinkPreview = (url) => post('/content/link-preview', { url });

/** Upload an image file: {url, width, height, thumbnail_url}. */
export function uploadImage(file) {
  const body = new FormData();
  body.append('image', file);
  return upload('/content/images', body);
}
