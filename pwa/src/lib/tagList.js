// Campaign tags typed as "Launch, careers" → ["launch", "careers"]: the
// same lowercase words content is tagged with, each once.
export function parseTags(text) {
  const tags = String(text)
    .split(',')
    .map((tag) => tag.trim().toLowerCase())
    .filter(Boolean);
  return [...new Set(tags)];
}

export const sameTags = (a, b) => a.length === b.length && a.every((tag, i) => tag === b[i]);

// Content tags are 1-40 of a-z, 0-9 and "-" (the publishing form enforces
// it); a campaign tag outside that can never match any content.
const CONTENT_TAG = /^[a-z0-9][a-z0-9-]{0,39}$/;

export const unmatchableTags = (tags) => tags.filter((tag) => !CONTENT_TAG.test(tag));
