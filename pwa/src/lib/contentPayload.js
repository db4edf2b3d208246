// Turns the publishing form into the POST /content body: trims text, drops
// empty optional fields (so server defaults apply), converts local
// date-times to ISO-8601 with an offset so the server gets an exact instant.
const NETWORK_IDS = ['linkedin', 'x', 'facebook', 'whatsapp', 'email'];

export function buildContentPayload(form) {
  const text = (name) => String(form.get(name) || '').trim();
  const payload = {
    title: text('title'),
    url: text('url'),
    summary: text('summary'),
    status: 'published',
    target_team_ids: form.getAll('target_team_ids').map(Number),
  };
  if (text('image_url')) payload.image_url = text('image_url');

  const captions = {};
  for (const id of NETWORK_IDS) if (text(`captions.${id}`)) captions[id] = text(`captions.${id}`);
  if (Object.keys(captions).length) payload.captions = captions;

  if (!form.get('publish_now') && text('publish_at')) payload.publish_at = localToIso(text('publish_at'));
  payload.expires_at = text('expires_at') ? localToIso(text('expires_at')) : null;
  return payload;
}

// <input type="datetime-local"> gives "2025-05-01T09:30" in the device's
// zone; an unparseable value is passed through for the server to reject.
function localToIso(value) {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}
