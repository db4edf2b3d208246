// What the library and the publishing form say about when an item appears:
// "Publishes Tue 8 Dec, 09:00" for scheduled items, "Published 3 Dec" for
// the rest, and the toast after saving ("Scheduled for Tue 8 Dec, 09:00",
// never "Published" for something that isn't out yet; "Changes saved: still
// scheduled for …" after an edit).

/** "Tue 8 Dec, 09:00" in the device's zone (and language); "" if unreadable. */
export function whenText(iso, locale = undefined) {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return '';
  const day = date.toLocaleDateString(locale, { weekday: 'short', day: 'numeric', month: 'short' });
  const time = date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', hour12: false });
  return `${day.replace(/,/g, '')}, ${time}`;
}

/** The library's publish-time column for an item, by its state. */
export function publishLine(item, locale = undefined) {
  const when = whenText(item.publish_at, locale);
  if (item.state === 'draft') return when ? `Draft, set for ${when}` : 'Draft';
  if (item.state === 'scheduled') return `Publishes ${when}`;
  if (item.state === 'expired' && item.expires_at) return `Expired ${whenText(item.expires_at, locale)}`;
  // Archived before it went out: when it was set for, not "Published".
  if (item.state === 'archived' && isFuture(item.publish_at)) return `Was set for ${when}`;
  return when ? `Published ${when}` : '';
}

/** A scheduled publish time: one later than now (a minute's grace for clocks and typing). */
export const isFuture = (iso, now = Date.now()) => Boolean(iso) && new Date(iso).getTime() > now + 60e3;

/** The toast after a save: {title, detail} for what really happened to the item.
 * An edit says "Changes saved" first, so it can't be mistaken for the first scheduling. */
export function savedToast(item, { edited = false, now = Date.now() } = {}) {
  const draft = item.status === 'draft';
  const when = isFuture(item.publish_at, now) && whenText(item.publish_at);
  if (edited) {
    if (draft) return { title: 'Draft saved.', detail: item.title };
    return { title: when ? `Changes saved: still scheduled for ${when}` : 'Changes saved.', detail: item.title };
  }
  if (draft) return { title: 'Saved as a draft', detail: item.title };
  if (when) return { title: `Scheduled for ${when}`, detail: item.title };
  return { title: 'Published', detail: item.title };
}

/** The library tab an item belongs in; the server's `state` when it sent one. */
export function stateOf(item, now = Date.now()) {
  if (item.state) return item.state;
  if (item.status === 'draft' || item.status === 'archived') return item.status;
  if (isFuture(item.publish_at, now)) return 'scheduled';
  if (item.expires_at && new Date(item.expires_at).getTime() <= now) return 'expired';
  return 'published';
}
