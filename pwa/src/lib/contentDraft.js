// The publishing form's draft: what the form shows, made from a library item
// (or empty for new content), and turned into the POST/PATCH body. Kept as a
// plain object so the link preview can fill fields and "Preview as an
// advocate" can show the card from the values on screen.
import { isoToLocal, localToIso } from './localDateTime.js';
import { isFuture } from './publishWords.js';

export const CAPTION_NETWORKS = ['linkedin', 'x', 'facebook', 'whatsapp', 'email'];

export function emptyDraft() {
  return {
    title: '',
    url: '',
    summary: '',
    image_url: '',
    captions: {},
    caption_variants: {},
    tags: [],
    everyone: true,
    target_team_ids: [],
    when: 'now', // 'now' | 'schedule' | 'draft'
    publish_at: '', // the datetime-local text, in the device's zone
    expires_at: '',
  };
}

/** The draft for editing an item from the library. */
export function draftFromItem(item, now = Date.now()) {
  const teams = item.target_team_ids || [];
  return {
    ...emptyDraft(),
    title: item.title || '',
    url: item.url || '',
    // Formatting the server kept is edited as its HTML; plain text stays plain.
    summary: /<[a-z]/i.test(item.summary_html || '') ? item.summary_html : item.summary || '',
    image_url: item.image_url || '',
    captions: { ...(item.captions || {}) },
    caption_variants: copyVariants(item.caption_variants),
    tags: [...(item.tags || [])],
    everyone: teams.length === 0,
    target_team_ids: [...teams],
    when: whenOf(item, now),
    publish_at: isoToLocal(item.publish_at),
    expires_at: isoToLocal(item.expires_at),
  };
}

function whenOf(item, now) {
  if (item.status === 'draft') return 'draft';
  return isFuture(item.publish_at, now) ? 'schedule' : 'now';
}

const copyVariants = (variants) =>
  Object.fromEntries(Object.entries(variants || {}).map(([network, texts]) => [network, [...texts]]));

/**
 * The request body. `original` is the item being edited (null for new):
 * "Publish now" on a scheduled item brings it forward to now; on a published
 * one it keeps its time, so editing a typo doesn't move it up the feed.
 */
export function payloadFromDraft(draft, original = null, now = Date.now()) {
  const payload = {
    title: draft.title.trim(),
    url: draft.url.trim(),
    summary: draft.summary.trim(),
    image_url: draft.image_url.trim() || null,
    captions: trimmedCaptions(draft.captions),
    caption_variants: trimmedVariants(draft.caption_variants),
    tags: draft.tags,
    target_team_ids: draft.everyone ? [] : draft.target_team_ids,
    status: draft.when === 'draft' ? 'draft' : 'published',
    expires_at: draft.expires_at ? localToIso(draft.expires_at) || draft.expires_at : null,
  };
  const publishAt = publishTime(draft, original, now);
  if (publishAt) payload.publish_at = publishAt;
  if (!original && !payload.image_url) delete payload.image_url;
  return payload;
}

function publishTime(draft, original, now) {
  // An unreadable date goes as typed, for the server to name the field.
  if (draft.when === 'schedule') return localToIso(draft.publish_at) || draft.publish_at || '';
  if (draft.when === 'now' && original && isFuture(original.publish_at, now)) return new Date(now).toISOString();
  if (draft.when === 'now' && original && original.status === 'draft') return new Date(now).toISOString();
  return '';
}

function trimmedCaptions(captions) {
  const out = {};
  for (const [network, text] of Object.entries(captions || {})) if (text && text.trim()) out[network] = text.trim();
  return out;
}

function trimmedVariants(variants) {
  const out = {};
  for (const [network, texts] of Object.entries(variants || {})) {
    const kept = texts.map((text) => text.trim()).filter(Boolean);
    if (kept.length) out[network] = kept;
  }
  return out;
}

/** Fill the fields a link preview found, leaving anything already typed alone. */
export function withPreview(draft, preview) {
  const fill = (name, value) => (!draft[name].trim() && value ? value : draft[name]);
  return {
    ...draft,
    title: fill('title', preview.title ? preview.title.slice(0, 200) : ''),
    summary: fill('summary', preview.summary),
    image_url: fill('image_url', preview.image_url),
  };
}

/**
 * The feed card's content for "Preview as an advocate". `plain` turns the
 * summary as typed into text (the browser's parser, in the component); the
 * server's sanitized HTML is used only while the summary is unchanged.
 */
export function previewContent(draft, original, plain) {
  const unchanged = original && draft.summary === draftFromItem(original).summary;
  return {
    id: original ? original.id : 'preview',
    title: draft.title.trim() || 'Untitled',
    url: draft.url.trim() || '#',
    summary: plain(draft.summary),
    summary_html: unchanged ? original.summary_html : null,
    image_url: draft.image_url.trim() || null,
    captions: trimmedCaptions(draft.captions),
    publish_at: draft.when === 'schedule' ? localToIso(draft.publish_at) : new Date().toISOString(),
    expires_at: draft.expires_at ? localToIso(draft.expires_at) : null,
    shared_networks: [],
    my_rating: null,
  };
}
