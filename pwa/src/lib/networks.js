// The five networks the server accepts, their labels, and how to hand a
// caption + link to each one. Only X, WhatsApp and Email accept prefilled
// text; LinkedIn and Facebook ignore it, so the caption goes to the clipboard.

const enc = encodeURIComponent;

export const NETWORKS = [
  {
    id: 'linkedin',
    label: 'LinkedIn',
    captionLabel: 'LinkedIn post',
    copiesCaption: true,
    shareUrl: ({ url }) => `https://www.linkedin.com/sharing/share-offsite/?url=${enc(url)}`,
  },
  {
    id: 'x',
    label: 'X',
    captionLabel: 'X post',
    limit: 280,
    shareUrl: ({ url, caption }) => `https://twitter.com/intent/tweet?text=${enc(caption)}&url=${enc(url)}`,
  },
  {
    id: 'facebook',
    label: 'Facebook',
    captionLabel: 'Facebook post',
    copiesCaption: true,
    shareUrl: ({ url }) => `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}`,
  },
  {
    id: 'whatsapp',
    label: 'WhatsApp',
    captionLabel: 'WhatsApp message',
    shareUrl: ({ url, caption }) => `https://wa.me/?text=${enc(joinText(caption, url))}`,
  },
  {
    id: 'email',
    label: 'Email',
    captionLabel: 'Email message',
    shareUrl: ({ url, caption, title }) =>
      `mailto:?subject=${enc(title)}&body=${enc(joinText(caption, url, '\n\n'))}`,
  },
];

const BY_ID = Object.fromEntries(NETWORKS.map((n) => [n.id, n]));

export function network(id) {
  return BY_ID[id];
}

/** "LinkedIn" for known ids, the raw id for anything the server adds later. */
export function networkLabel(id) {
  return BY_ID[id] ? BY_ID[id].label : id;
}

/**
 * The link to share on a network: the advocate's own tracked link (/s/<code>),
 * so clicks on the post count for them; the content's URL when the feed came
 * from an older cache without links.
 */
export function sharedLink(content, networkId) {
  return (content.share_links && content.share_links[networkId]) || content.url;
}

/** The suggested caption, falling back to the summary for missing networks. */
export function suggestedCaption(content, networkId) {
  const captions = content.captions || {};
  return captions[networkId] || content.summary || content.title || '';
}

function joinText(caption, url, separator = '\n') {
  return caption && caption.trim() ? `${caption.trim()}${separator}${url}` : url;
}
