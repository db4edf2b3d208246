// What the publishing form checks before sending, in words a person uses;
// the server checks again and its messages land under the same fields.
export const SHOWN_FIELDS = [
  'title',
  'url',
  'summary',
  'image_url',
  'captions',
  'caption_variants',
  'tags',
  'target_team_ids',
  'publish_at',
  'expires_at',
  'status',
];

/** {field: message} for what is missing or wrong in a draft; empty when it can be sent. */
export function draftProblems(draft, now = Date.now()) {
  const problems = {};
  if (!draft.title.trim()) problems.title = 'Give the content a title (up to 200 characters).';
  if (!/^https?:\/\/\S+$/i.test(draft.url.trim())) problems.url = 'Give the address of the page to share, starting with https://';
  if (!draft.everyone && !draft.target_team_ids.length) problems.target_team_ids = 'Tick at least one team to show it to.';
  if (draft.when === 'schedule') {
    const at = new Date(draft.publish_at).getTime();
    if (!draft.publish_at || Number.isNaN(at)) problems.publish_at = 'Choose the date and time to publish it.';
    else if (at <= now) problems.publish_at = 'Choose a time in the future, or publish it now.';
  }
  // An expired item may be edited as it is; only a new schedule must fit before its expiry.
  if (draft.expires_at && draft.when === 'schedule' && !problems.publish_at) {
    if (new Date(draft.expires_at).getTime() <= new Date(draft.publish_at).getTime()) {
      problems.expires_at = 'Make it expire after it is published.';
    }
  }
  return problems;
}
