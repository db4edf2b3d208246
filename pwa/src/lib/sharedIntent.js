// What another app shared to us (the manifest's share_target: a GET to
// /share-target?title=&text=&url=) as a suggestion draft. Android apps often
// put the link inside `text` rather than in `url`, so the first http(s) link
// found in the text is used when `url` is empty, and the rest of the text
// becomes the advocate's own words.
const LINK = /https?:\/\/[^\s<>"']+/i;

export const SHARE_TARGET_PATH = '/share-target';

/** {url, title, comment} from the share's query string. */
export function sharedDraft(search) {
  const params = new URLSearchParams(search);
  const text = (params.get('text') || '').trim();
  const given = (params.get('url') || '').trim();
  const found = given ? null : text.match(LINK);
  const url = given || (found ? found[0] : '');
  const comment = (found ? text.replace(found[0], '') : text).replace(/\s+/g, ' ').trim();
  return { url, title: (params.get('title') || '').trim(), comment };
}

/** The hash route that opens the suggestion form filled in with the draft. */
export function suggestionRoute(draft) {
  const query = new URLSearchParams(Object.entries(draft).filter(([, value]) => value));
  return `#/suggestions?${query}`;
}
