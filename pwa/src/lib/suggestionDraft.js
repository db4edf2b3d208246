// The Suggest content form's rules (mirroring SuggestionIn) and how a
// suggestion's review reads to the person who made it.
export const TITLE_MAX = 200;
export const COMMENT_MAX = 2000;

export function isWebLink(text) {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && Boolean(url.hostname);
  } catch {
    return false;
  }
}

/** {url?, title?, comment?}: what to fix, keyed like the API's fields. */
export function suggestionProblems({ url, title, comment }) {
  const problems = {};
  if (!isWebLink((url || '').trim())) problems.url = 'Paste a full web link, starting with https://.';
  const name = (title || '').trim();
  if (!name) problems.title = 'Give it a title.';
  else if (name.length > TITLE_MAX) problems.title = `Keep the title under ${TITLE_MAX} characters.`;
  const words = (comment || '').trim();
  if (words.length < 2) problems.comment = 'Say in your own words why colleagues should share it.';
  else if (words.length > COMMENT_MAX) problems.comment = `Keep it under ${COMMENT_MAX} characters.`;
  return problems;
}

// Refusals that are about one field but come without a `fields` map.
const FIELD_OF_CODE = { already_suggested: 'url' };

/** Field messages from an API error, including refusals tied to a field by their code. */
export function refusalFields(error, flatten) {
  const fields = flatten(error && error.fields);
  const field = error && FIELD_OF_CODE[error.code];
  if (field && !fields[field]) fields[field] = error.message;
  return fields;
}

const STATUS = {
  pending: { label: 'Waiting for review', tone: 'pending' },
  approved: { label: 'Approved: in the library', tone: 'approved' },
  rejected: { label: 'Not taken', tone: 'rejected' },
};

/** {label, tone} for a suggestion's status chip. */
export function suggestionStatus(status) {
  return STATUS[status] || { label: status, tone: 'pending' };
}
